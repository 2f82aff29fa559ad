package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.List;
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
    private static final Pattern SDK_IMAGE = Pattern.compile(
            "(?:.*/)?(?:golang|maven|gradle|rust|dotnet/sdk|openjdk:[^:]*jdk[^:]*|eclipse-temurin:[^:]*jdk[^:]*)"
                    + "(?::.*)?");

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
        String image = last.image().toLowerCase(java.util.Locale.ROOT);
        if (ctx.df().stage(last.image()) == null && SDK_IMAGE.matcher(image).matches()) {
            report.report(last.from(), "the final stage is based on the SDK image " + last.image()
                    + ": the whole toolchain ships with the application");
            return;
        }
        for (RunScript r : ctx.runs()) {
            if (r.instruction().stage() != last.index()) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (Commands.systemInstall(c)) {
                    for (String pkg : c.args()) {
                        String name = pkg.split("[=<>]", 2)[0];
                        if (TOOLS.contains(name) || name.matches("openjdk-\\d+-jdk(-headless)?")) {
                            report.report(r.pos(c), "the final stage installs " + name + ", a build tool the "
                                    + "running application does not need");
                            return;
                        }
                    }
                }
            }
        }
    }
}
