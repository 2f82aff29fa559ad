package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.shell.Command;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DS213: a language package manager's download cache, or a language build cache, left in a layer of the final
 * image: bundler/gem ({@code *.gem} files under the gem cache), composer, poetry, uv, pnpm's store, bun, and the
 * build caches of go (module and build cache), cargo, maven, gradle and dotnet (NuGet packages) when the build runs
 * in the final image. Not reported when the same RUN removes the cache, turns it off (a flag, or an ENV set
 * earlier), or mounts a cache on it. pip, npm, yarn, apt, apk and rpm have their own rules (DS201–DS205, DS211).
 */
public final class DS213LanguageCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS213", Severity.INFO, "Language package cache left in the final image",
            Family.SIZE, Concept.LAYER_CACHE,
            "Package managers keep what they download (gems, composer and poetry archives, the pnpm store, Go "
                    + "modules, NuGet packages, the Maven and Gradle repositories) and build tools keep their "
                    + "caches. Left in a layer of the final image they ship with every container; deleting them "
                    + "in a later RUN only hides them.",
            "Turn the cache off or remove it in the same RUN, mount a cache on it (RUN --mount=type=cache,target=…), "
                    + "or build in a stage and copy only the result.",
            List.of(), List.of());

    /** One package manager: the cache it leaves, how to turn it off, how to remove it. */
    private record Tool(String what, String dir, List<String> offFlags, List<String> offEnv, List<String> removes) {
    }

    /** Compiled on first use: only files that run php need it. */
    private static final class Rx {
        static final Pattern COMPOSER = Pattern.compile("(.*/)?composer(\\.phar)?");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        // one finding per cache, at the RUN that first fills it (a later install adds only what is missing)
        Set<String> filled = new HashSet<>();
        for (RunScript r : ctx.runs()) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            for (Command raw : r.unwrapped()) {
                Command c = throughPhp(raw);
                Tool t = tool(c);
                if (t == null || c.has("--version") || c.has("-v") || c.has("--help") || cacheOff(ctx, r, c, t)
                        || !filled.add(t.dir())) {
                    continue;
                }
                report.report(r.pos(c), name(c) + " leaves " + t.what() + " (" + t.dir() + ") in this layer of the "
                        + "final image: nothing in the RUN removes it");
                break;
            }
        }
    }

    /** {@code php /usr/local/bin/composer install} is composer install. */
    private static Command throughPhp(Command c) {
        if (c.program().equals("php") && c.words().size() > 1
                && Rx.COMPOSER.matcher(c.words().get(1).text()).matches()) {
            return new Command(c.assignments(), c.words().subList(1, c.words().size()), c.before(), c.after());
        }
        return c;
    }

    private static String name(Command c) {
        return c.program() + (c.subcommand().isEmpty() ? "" : " " + c.subcommand());
    }

    /** The cache this command leaves, or null. */
    static Tool tool(Command c) {
        String p = c.program().toLowerCase(Locale.ROOT);
        String sub = c.subcommand();
        switch (p) {
            case "bundle", "bundler":
                return sub.equals("install") || sub.isEmpty() ? new Tool("the downloaded .gem files",
                        "the gem cache, …/cache/*.gem", List.of(), List.of(),
                        List.of("/cache", "bundle clean", "gem cleanup")) : null;
            case "gem":
                return sub.equals("install") ? new Tool("the downloaded .gem files", "the gem cache, …/cache/*.gem",
                        List.of(), List.of(), List.of("/cache", "gem cleanup")) : null;
            case "composer":
                return List.of("install", "update", "require").contains(sub) ? new Tool("its download cache",
                        "~/.composer/cache or ~/.cache/composer", List.of("--no-cache"),
                        List.of("COMPOSER_CACHE_DIR", "COMPOSER_NO_CACHE"), List.of("clear-cache", "clearcache",
                        "composer/cache", ".composer")) : null;
            case "poetry":
                return sub.equals("install") || sub.equals("add") ? new Tool("its package cache",
                        "~/.cache/pypoetry", List.of("--no-cache"), List.of("POETRY_CACHE_DIR", "POETRY_NO_CACHE"),
                        List.of("pypoetry", "poetry cache clear", "POETRY_CACHE_DIR", "/.cache")) : null;
            case "uv":
                return sub.equals("sync") || sub.equals("pip") && c.has("install") ? new Tool("its download cache",
                        "~/.cache/uv", List.of("--no-cache", "-n"), List.of("UV_NO_CACHE", "UV_CACHE_DIR"),
                        List.of("uv cache clean", "/.cache")) : null;
            case "pnpm":
                return List.of("install", "i", "add", "fetch").contains(sub) ? new Tool("its content-addressed "
                        + "store", "~/.local/share/pnpm/store", List.of(), List.of(),
                        List.of("store prune", "pnpm/store", ".pnpm-store")) : null;
            case "bun":
                return List.of("install", "i", "add").contains(sub) ? new Tool("its download cache",
                        "~/.bun/install/cache", List.of("--no-cache"), List.of("BUN_INSTALL_CACHE_DIR"),
                        List.of("install/cache", "bun pm cache rm")) : null;
            case "go":
                if (sub.equals("mod") && c.has("download") || sub.equals("get")) {
                    return new Tool("the module cache", "/go/pkg/mod", List.of(), List.of(),
                            List.of("clean -modcache", "pkg/mod"));
                }
                return sub.equals("build") || sub.equals("install") ? new Tool("the build cache",
                        "~/.cache/go-build", List.of(), List.of("GOCACHE"), List.of("clean -cache", "go-build"))
                        : null;
            case "cargo":
                return sub.equals("build") || sub.equals("install") ? new Tool("the registry and build output",
                        "~/.cargo/registry, target/", List.of(), List.of(), List.of("cargo/registry", "target"))
                        : null;
            case "mvn", "mvnw", "./mvnw":
                return c.args().stream().anyMatch(a -> !a.startsWith("-")) ? new Tool("the local repository",
                        "~/.m2/repository", List.of(), List.of(), List.of(".m2")) : null;
            case "gradle", "gradlew", "./gradlew":
                return c.args().stream().anyMatch(a -> !a.startsWith("-")) ? new Tool("its caches",
                        "~/.gradle/caches", List.of(), List.of(), List.of(".gradle")) : null;
            case "dotnet":
                return List.of("restore", "build", "publish").contains(sub) ? new Tool("the NuGet packages",
                        "~/.nuget/packages", List.of(), List.of("NUGET_PACKAGES"), List.of(".nuget", "nuget locals"))
                        : null;
            default:
                return null;
        }
    }

    /** The same RUN turns the cache off, removes it after the command, or mounts a cache; or an earlier ENV does. */
    private static boolean cacheOff(LintContext ctx, RunScript r, Command c, Tool t) {
        for (String f : t.offFlags()) {
            if (c.has(f)) {
                return true;
            }
        }
        String after = r.script().substring(Math.min(r.script().length(), c.offset()));
        for (String x : t.removes()) {
            if (after.contains(x) && (after.contains("rm ") || !x.startsWith("/") && !x.startsWith("."))
                    || r.contains(x) && x.equals(x.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String e : t.offEnv()) {
            if (r.contains(e + "=")) {
                return true;
            }
            if (ctx.declarationBefore(r.instruction(), e)) {
                return true;
            }
        }
        return Commands.cacheMount(r, null);
    }
}
