package dev.dockscope.lint;

import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language package managers: how their dependency install looks in a RUN, the manifest and lock files it reads,
 * and where it keeps its download cache (for {@code RUN --mount=type=cache}).
 */
public enum Ecosystem {
    NPM("npm", List.of("package.json", "package-lock.json"), "/root/.npm"),
    YARN("yarn", List.of("package.json", "yarn.lock"), "/usr/local/share/.cache/yarn"),
    PNPM("pnpm", List.of("package.json", "pnpm-lock.yaml"), "/root/.local/share/pnpm/store"),
    BUN("bun", List.of("package.json", "bun.lock"), "/root/.bun/install/cache"),
    PIP("pip", List.of("requirements.txt"), "/root/.cache/pip"),
    POETRY("poetry", List.of("pyproject.toml", "poetry.lock"), "/root/.cache/pypoetry"),
    PIPENV("pipenv", List.of("Pipfile", "Pipfile.lock"), "/root/.cache/pipenv"),
    UV("uv", List.of("pyproject.toml", "uv.lock"), "/root/.cache/uv"),
    GO("go", List.of("go.mod", "go.sum"), "/go/pkg/mod"),
    MAVEN("maven", List.of("pom.xml"), "/root/.m2"),
    GRADLE("gradle", List.of("build.gradle", "settings.gradle", "gradle/"), "/root/.gradle"),
    CARGO("cargo", List.of("Cargo.toml", "Cargo.lock"), "/usr/local/cargo/registry"),
    BUNDLER("bundler", List.of("Gemfile", "Gemfile.lock"), "/usr/local/bundle/cache"),
    COMPOSER("composer", List.of("composer.json", "composer.lock"), "/root/.composer/cache"),
    DOTNET("dotnet", List.of("*.csproj", "*.sln"), "/root/.nuget/packages"),
    MIX("mix", List.of("mix.exs", "mix.lock"), "/root/.hex"),
    GEM("gem", List.of("*.gemspec", "Gemfile"), "/root/.gem");

    private final String id;
    private final List<String> manifests;
    private final String cacheDir;

    Ecosystem(String id, List<String> manifests, String cacheDir) {
        this.id = id;
        this.manifests = manifests;
        this.cacheDir = cacheDir;
    }

    public String id() {
        return id;
    }

    /** The manifest and lock files to copy before the install. */
    public List<String> manifests() {
        return manifests;
    }

    public String cacheDir() {
        return cacheDir;
    }

    /** The install that needs only the manifests (what to run before copying the sources). */
    public String prefetch() {
        return switch (this) {
            case NPM -> "npm ci";
            case YARN -> "yarn install --frozen-lockfile";
            case PNPM -> "pnpm install --frozen-lockfile";
            case BUN -> "bun install --frozen-lockfile";
            case PIP -> "pip install -r requirements.txt";
            case POETRY -> "poetry install --no-root";
            case PIPENV -> "pipenv install --deploy";
            case UV -> "uv sync --frozen --no-install-project";
            case GO -> "go mod download";
            case MAVEN -> "mvn dependency:go-offline";
            case GRADLE -> "gradle dependencies";
            case CARGO -> "cargo fetch";
            case BUNDLER -> "bundle install";
            case COMPOSER -> "composer install --no-scripts --no-autoloader";
            case DOTNET -> "dotnet restore";
            case MIX -> "mix deps.get";
            case GEM -> "bundle install";
        };
    }

    /** True when a COPY source (a path or glob) brings in one of the manifests. */
    public boolean isManifestSource(String source) {
        String s = source.endsWith("/") && !source.equals("/") ? source.substring(0, source.length() - 1) : source;
        int slash = s.lastIndexOf('/');
        String base = slash >= 0 ? s.substring(slash + 1) : s;
        for (String m : manifests) {
            String mm = m.endsWith("/") ? m.substring(0, m.length() - 1) : m;
            if (Glob.matches(base, mm) || Glob.matches(mm, base)
                    || base.startsWith(mm + ".") || base.equals(mm)) {
                return true;
            }
        }
        return false;
    }

    /** The ecosystem whose dependency install (reading manifests from the context) {@code c} is, or null. */
    public static Ecosystem installOf(Command c) {
        String p = c.program().toLowerCase(Locale.ROOT);
        String sub = c.subcommand();
        switch (p) {
            case "npm":
                return sub.equals("ci") || ((sub.equals("install") || sub.equals("i")) && c.operands().isEmpty()
                        && !c.has("-g") && !c.has("--global")) ? NPM : null;
            case "yarn": {
                String y = yarnSubcommand(c);
                return y.isEmpty() && !c.has("--version") && !c.has("-v") && !c.has("--help") || y.equals("install")
                        ? YARN : null;
            }
            case "pnpm":
                return (sub.equals("install") || sub.equals("i") || sub.equals("fetch")) && c.operands().isEmpty()
                        && !c.has("-g") ? PNPM : null;
            case "bun":
                return (sub.equals("install") || sub.equals("i")) && c.operands().isEmpty() ? BUN : null;
            case "pip", "pip3":
                return pip(c) ? PIP : null;
            case "python", "python3":
                if (!c.args().isEmpty() && c.args().get(0).endsWith("setup.py")
                        && (c.has("install") || c.has("develop"))) {
                    return PIP;
                }
                return c.args().size() > 2 && c.args().get(0).equals("-m") && c.args().get(1).startsWith("pip")
                        && pip(new Command(List.of(), c.words().subList(2, c.words().size()), "", "")) ? PIP : null;
            case "poetry":
                return sub.equals("install") ? POETRY : null;
            case "pipenv":
                return sub.equals("install") || sub.equals("sync") ? PIPENV : null;
            case "uv":
                return sub.equals("sync") || (sub.equals("pip") && c.hasPrefix("-r")) ? UV : null;
            case "go":
                return sub.equals("mod") && c.has("download") || sub.equals("build") || sub.equals("get")
                        || sub.equals("run") || sub.equals("install")
                        && c.operands().stream().noneMatch(w -> w.text().contains("@")) ? GO : null;
            case "mvn", "mvnw", "./mvnw":
                return MAVEN;
            case "gradle", "gradlew", "./gradlew":
                return GRADLE;
            case "cargo":
                return sub.equals("build") || sub.equals("fetch") || (sub.equals("install") && c.has("--path"))
                        || sub.equals("chef") && c.has("cook") ? CARGO : null;
            case "bundle", "bundler":
                return sub.equals("install") || sub.isEmpty() ? BUNDLER : null;
            case "composer":
                return sub.equals("install") || sub.equals("update") ? COMPOSER : null;
            case "dotnet":
                return sub.equals("restore") || sub.equals("publish") || sub.equals("build") ? DOTNET : null;
            case "mix":
                return sub.equals("deps.get") ? MIX : null;
            case "gem":
                return sub.equals("install") && (c.has("-g") || c.hasPrefix("--file")) || sub.equals("build")
                        ? GEM : null;
            default:
                return null;
        }
    }

    /**
     * True when {@code c} (an install of {@code installOf}) fetches the dependencies from the manifests alone, the
     * step worth running before the sources arrive: npm ci, yarn, go mod download, mvn dependency:go-offline, cargo
     * fetch, dotnet restore… False for the builds that also download what is missing (go build, mvn package, gradle
     * build, cargo build, dotnet publish, pip install .): they need the sources.
     */
    public static boolean dependencyOnly(Command c, String script) {
        Ecosystem e = installOf(c);
        if (e == null) {
            return false;
        }
        String sub = c.subcommand();
        return switch (e) {
            case MAVEN -> c.args().stream().anyMatch(a -> a.startsWith("dependency:") || a.contains("go-offline"));
            case GRADLE -> c.has("dependencies") || c.has("--refresh-dependencies") || c.hasPrefix("resolve")
                    || c.has("downloadDependencies");
            // cargo build over a placeholder main (the usual way to cache dependencies), or cargo chef cook
            case CARGO -> sub.equals("fetch") || sub.equals("chef")
                    || sub.equals("build") && placeholderMain(script)
                    && script.indexOf("main.rs") < script.indexOf("cargo build");
            case DOTNET -> sub.equals("restore");
            case PIP -> c.args().stream().noneMatch(a -> a.equals(".") || a.equals("./") || a.equals("-e")
                    || a.endsWith("setup.py"));
            case GO -> sub.equals("mod");
            case GEM -> !sub.equals("build");
            default -> true;
        };
    }

    /** yarn options that take a value (the value is not the subcommand). */
    private static final Set<String> YARN_VALUED = Set.of("--network-timeout", "--cache-folder",
            "--modules-folder", "--mutex", "--network-concurrency", "--registry", "--cwd", "--global-folder",
            "--link-folder", "--preferred-cache-folder", "--https-proxy", "--proxy");

    /** yarn's subcommand, skipping options and their values ({@code yarn --network-timeout 600000} is an install). */
    public static String yarnSubcommand(Command c) {
        List<String> a = c.args();
        for (int k = 0; k < a.size(); k++) {
            String t = a.get(k);
            if (YARN_VALUED.contains(t)) {
                k++;
            } else if (!t.startsWith("-")) {
                return t;
            }
        }
        return "";
    }

    private static boolean pip(Command c) {
        if (!c.subcommand().equals("install")) {
            return false;
        }
        for (String a : c.args()) {
            if (a.startsWith("-r") || a.equals("--requirement") || a.equals(".") || a.equals("./")
                    || a.startsWith("-c") || a.equals("-e")) {
                return true;
            }
        }
        return false;
    }

    /** Compiled on first use: only cargo builds need it. */
    private static final class Rx {
        static final Pattern MAIN = Pattern.compile(
                "src/main\\.rs|src/lib\\.rs|fn main");
    }

    /** The last script asked about and the answer: every cargo command of one RUN asks about the same script. */
    private static String lastScript;
    private static boolean lastMain;

    /** The script names a placeholder main ({@code src/main.rs}, {@code src/lib.rs}, {@code fn main}). */
    private static synchronized boolean placeholderMain(String script) {
        if (script != lastScript) {
            lastMain = Rx.MAIN.matcher(script).find();
            lastScript = script;
        }
        return lastMain;
    }
}
