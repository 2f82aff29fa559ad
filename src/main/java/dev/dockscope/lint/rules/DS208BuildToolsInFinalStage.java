package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** DS208: the final stage carries compilers or an SDK base image. */
public final class DS208BuildToolsInFinalStage implements Rule {
    static final RuleMeta META = new RuleMeta("DS208", Severity.WARNING, "Compilers or SDK left in the final image",
            Family.SIZE, Concept.MULTI_STAGE,
            "A compiler, SDK or build-essential set is needed to build, not to run. Left in the final stage it "
                    + "adds hundreds of MB and a large attack surface to every container. A multi-stage build "
                    + "compiles in one stage and copies only the result into a small runtime stage.",
            "Build in a stage (FROM golang AS build ...) and start the final stage from a runtime image, "
                    + "copying the artefact with COPY --from=build.",
            List.of(), List.of());
    private static final Set<String> TOOLS = Set.of("gcc", "g++", "make", "build-essential", "build-base", "clang",
            "cmake", "golang", "maven", "gradle", "rustc", "cargo", "default-jdk", "gcc-c++", "musl-dev");
    /** -dev/-devel header packages and SDK bundles: needed to compile, not to run. */
    private static final Pattern HEADERS = Pattern.compile("[a-z0-9][a-z0-9.+_-]*-(dev|devel)|linux-headers"
            + "|alpine-sdk|libc6-dev");
    /**
     * SDK and compiler images: golang, maven, gradle, rust, gcc, the .NET SDK, and JDKs (openjdk and amazoncorretto
     * tags without "jre", eclipse-temurin/semeru/sapmachine/liberica tags with "jdk").
     */
    private static final Pattern SDK_IMAGE = Pattern.compile(
            "(?:.*/)?(?:(?:golang|maven|gradle|rust|gcc)(?::.*)?|dotnet/sdk(?::.*)?|dotnet:[^:]*sdk.*"
                    + "|(?:openjdk|adoptopenjdk|amazoncorretto|openjdk\\d+)(?::(?!.*jre).*)?"
                    + "|(?:eclipse-temurin|ibm-semeru-runtimes|sapmachine|bellsoft/liberica-openjdk-\\w+):[^:]*jdk.*)");
    /** A JavaScript build step that needs the dev dependencies. */
    private static final Pattern JS_BUILD = Pattern.compile("(npm|yarn|pnpm)( run)? (build|prod|dev|production"
            + "|compile)\\b|\\b(tsc|ng build|vite build|webpack|next build)\\b");

    private static final Pattern JDK = Pattern.compile("openjdk-\\d+-jdk(-headless)?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Stage last = ctx.df().finalStage();
        if (last == null) {
            return;
        }
        if (!ctx.role().application()) {
            return; // SDK, runtime and tool images carry their toolchain on purpose
        }
        String image = last.image().toLowerCase(Locale.ROOT);
        if (ctx.df().stage(last.image()) == null && SDK_IMAGE.matcher(image).matches()
                && (ctx.role().service() || ctx.role().runsProgram() || buildsInPlace(ctx))) {
            report.report(last.from(), "the final stage is based on the SDK image " + last.image()
                    + ": the whole toolchain ships with the application", "Keep " + last.image() + " for a build "
                    + "stage (FROM " + last.image() + " AS build) and start the final stage from its runtime "
                    + "counterpart, copying only the built artefact with COPY --from=build.");
            return;
        }
        boolean found = false;
        for (RunScript r : ctx.runs()) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            runLoop:
            for (Command c : r.unwrapped()) {
                if (Commands.systemInstall(c)) {
                    for (String pkg : c.args()) {
                        String name = pkg.split("[=<>]", 2)[0];
                        boolean headers = HEADERS.matcher(name).matches();
                        if ((TOOLS.contains(name) || headers || JDK.matcher(name).matches())
                                && !purgedLater(r, c, name)) {
                            String where = r.instruction().stage() == last.index() ? "the final stage"
                                    : "stage " + ctx.stageOf(r.instruction()).label() + ", which the final stage "
                                    + "is built FROM,";
                            report.report(r.pos(c), where + " installs " + name + (headers ? ", development "
                                    + "headers the running application does not need (keep the runtime library)"
                                    : ", a build tool the running application does not need"), fix(ctx, last, name));
                            found = true;
                            break runLoop;
                        }
                    }
                }
            }
        }
        if (!found) {
            devDependenciesBuiltInPlace(ctx, report);
            devDependenciesCopied(ctx, last, report);
        }
    }

    /**
     * The final image installs every JavaScript dependency (no --production/--omit=dev, no NODE_ENV=production)
     * and then builds with them (npm run build, tsc…), never pruning: the dev dependencies ship.
     */
    private static void devDependenciesBuiltInPlace(LintContext ctx, Reporter report) {
        Instruction install = null;
        Command installCmd = null;
        boolean built = false;
        boolean prod = false;
        for (Instruction i : ctx.instructions("ENV", "RUN")) {
            if (!ctx.inFinalImage(i) || i.stage() < 0) {
                continue;
            }
            if (i.is("ENV") && i.body().contains("NODE_ENV") && i.body().contains("production")) {
                prod = true;
            }
            if (!i.is("RUN")) {
                continue;
            }
            RunScript s = ctx.run(i);
            for (Command c : s.unwrapped()) {
                Ecosystem e = Ecosystem.installOf(c);
                boolean js = e == Ecosystem.NPM || e == Ecosystem.YARN || e == Ecosystem.PNPM;
                if (js && install == null && !prod && !c.hasPrefix("--prod") && !c.hasPrefix("--omit=dev")
                        && !c.hasPrefix("--only=prod") && !s.contains("NODE_ENV=production")) {
                    install = i;
                    installCmd = c;
                } else if (c.subcommand().equals("prune") && Set.of("npm", "pnpm", "yarn").contains(c.program())
                        || c.program().equals("rm") && s.contains("node_modules")) {
                    install = null;
                    built = false;
                }
            }
            if (install != null && JS_BUILD.matcher(s.script()).find()) {
                built = true;
            }
        }
        if (install != null && built) {
            report.report(ctx.run(install).pos(installCmd), installCmd.program() + " installs the dev dependencies "
                    + "in the final image and the build uses them, but nothing prunes them: they ship with the app",
                    "Build in a stage and copy only the output, or drop the dev dependencies after the build: "
                            + switch (installCmd.program()) {
                                case "yarn" -> "yarn install --production --frozen-lockfile";
                                case "pnpm" -> "pnpm prune --prod";
                                default -> "npm prune --omit=dev";
                            } + ".");
        }
    }

    /** A RUN of the final image compiles (go build, dotnet publish, mvn package, cargo build, make, javac…). */
    private static boolean buildsInPlace(LintContext ctx) {
        for (RunScript r : ctx.runs()) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                Ecosystem e = Ecosystem.installOf(c);
                if (e != null && !Ecosystem.dependencyOnly(c, r.script()) || Set.of("make", "javac", "gcc", "g++",
                        "cc").contains(c.program())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same RUN removes the package again after installing it: {@code apk del} of the package or of the
     * {@code --virtual} group it was installed in, {@code apt-get purge/remove} of it (or of a variable list, or
     * {@code --auto-remove} after {@code apt-mark}, the pattern official images use).
     */
    private static boolean purgedLater(RunScript r, Command install, String name) {
        String group = null;
        List<String> a = install.args();
        for (int k = 0; k < a.size() - 1; k++) {
            if (a.get(k).equals("--virtual") || a.get(k).equals("-t")) {
                group = a.get(k + 1);
            } else if (a.get(k).startsWith("--virtual=")) {
                group = a.get(k).substring("--virtual=".length());
            }
        }
        for (Command c : r.unwrapped()) {
            if (c.offset() <= install.offset()) {
                continue;
            }
            boolean remove = c.is("apk", "del") || (c.program().equals("apt-get") || c.program().equals("apt"))
                    && Set.of("purge", "remove", "autoremove").contains(c.subcommand())
                    || Set.of("yum", "dnf", "microdnf").contains(c.program())
                    && Set.of("remove", "erase", "autoremove").contains(c.subcommand());
            if (!remove) {
                continue;
            }
            for (String x : c.args()) {
                if (x.equals(name) || x.equals(group) || x.startsWith("$")) {
                    return true;
                }
            }
            if (c.has("--auto-remove") && r.contains("apt-mark")) {
                return true;
            }
        }
        return false;
    }

    /** A fix built from the finding: which image the build stage should start from, for this tool. */
    static String fix(LintContext ctx, Stage last, String tool) {
        String sdk = switch (tool) {
            case "golang" -> "golang";
            case "maven" -> "maven";
            case "gradle" -> "gradle";
            case "rustc", "cargo" -> "rust";
            default -> tool.contains("jdk") ? "eclipse-temurin:21-jdk" : null;
        };
        String base = last.image();
        String build = sdk != null ? sdk : base;
        return "Install " + tool + " in a build stage (FROM " + build + " AS build, with the compile step), then "
                + "start the final stage FROM " + base + " without it and COPY --from=build only the built files.";
    }

    /**
     * The final stage copies a build stage's whole install folder: a stage that ran npm/yarn/pnpm install with dev
     * dependencies (no --production / --omit=dev, no prune) and whose WORKDIR (or a parent) is the COPY source.
     */
    private static void devDependenciesCopied(LintContext ctx, Stage last, Reporter report) {
        for (Instruction i : last.instructions()) {
            String from = i.is("COPY") ? i.flagValue("from") : null;
            Stage src = from == null ? null : ctx.df().stage(from);
            if (src == null || src.index() >= last.index()) {
                continue;
            }
            String workdir = null;
            boolean devDeps = false;
            for (Instruction x : src.instructions()) {
                if (x.is("WORKDIR") && !x.words().isEmpty()) {
                    String w = x.words().get(0);
                    workdir = w.startsWith("/") || workdir == null ? w : workdir + "/" + w;
                } else if (x.is("RUN")) {
                    RunScript s = ctx.run(x);
                    for (Command c : s.unwrapped()) {
                        var e = Ecosystem.installOf(c);
                        boolean js = e == Ecosystem.NPM || e == Ecosystem.YARN
                                || e == Ecosystem.PNPM;
                        boolean prod = c.hasPrefix("--prod") || c.hasPrefix("--omit=dev") || c.hasPrefix("--only=prod")
                                || s.contains("NODE_ENV=production");
                        if (js) {
                            devDeps = !prod;
                        } else if (c.subcommand().equals("prune") && Set.of("npm", "pnpm", "yarn")
                                .contains(c.program())) {
                            devDeps = false;
                        }
                    }
                } else if (x.is("ENV") && x.body().contains("NODE_ENV") && x.body().contains("production")) {
                    devDeps = false;
                }
            }
            if (!devDeps || workdir == null) {
                continue;
            }
            for (String s : i.sources()) {
                String p = s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
                boolean whole = p.equals(".") || p.equals("./") || p.equals(workdir) || p.equals("/")
                        || workdir.startsWith(p + "/");
                if (whole) {
                    report.report(i, "COPY --from=" + from + " " + s + " brings stage " + src.label() + "'s whole "
                            + workdir + ", node_modules with its dev dependencies included, into the final image",
                            "Copy only what runs (COPY --from=" + from + " " + workdir + "/dist ./dist), and install "
                                    + "production dependencies in the final stage (npm ci --omit=dev) or run npm "
                                    + "prune --omit=dev in stage " + src.label() + " first.");
                    return;
                }
            }
        }
    }
}
