package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.DockerIgnore;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.shell.Command;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** DS106: a .dockerignore exists but lets .git, node_modules, target or build into a whole-context copy. */
public final class DS106DockerignoreIncomplete implements Rule {
    static final RuleMeta META = new RuleMeta("DS106", Severity.WARNING,
            ".dockerignore does not exclude .git or build folders", Family.CACHE, Concept.LAYER_CACHE,
            "Version-control data, installed dependencies and build output change on every commit, install or "
                    + "compile. If the .dockerignore lets them through, COPY . . sees a changed context every time "
                    + "and rebuilds from that step down, and the image ships files it should not.",
            "Add the listed folders to .dockerignore (checked with Docker's own matching rules, ! exceptions "
                    + "included).",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        DockerIgnore ignore = ctx.dockerIgnore();
        if (ignore == null) {
            return;
        }
        Instruction copyAll = ctx.instructions("COPY", "ADD").stream().filter(LintContext::copiesWholeContext).findFirst()
                .orElse(null);
        if (copyAll == null) {
            return;
        }
        Set<Ecosystem> used = EnumSet.noneOf(Ecosystem.class);
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                Ecosystem e = Ecosystem.installOf(c);
                if (e != null) {
                    used.add(e);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        check(ignore, ".git", true, missing);
        check(ignore, "node_modules", exists(ctx, "node_modules") || used.contains(Ecosystem.NPM)
                || used.contains(Ecosystem.YARN) || used.contains(Ecosystem.PNPM) || used.contains(Ecosystem.BUN),
                missing);
        check(ignore, "target", exists(ctx, "target") || used.contains(Ecosystem.MAVEN)
                || used.contains(Ecosystem.CARGO), missing);
        check(ignore, "build", exists(ctx, "build") || used.contains(Ecosystem.GRADLE), missing);
        if (!missing.isEmpty()) {
            report.report(copyAll, ignore.file().getFileName() + " does not exclude " + String.join(", ", missing)
                    + ", which " + copyAll.written() + " " + copyAll.body()
                    + " then copies into the image",
                    "Add " + String.join(", ", missing) + " to " + ignore.file().getFileName() + ".");
        }
    }

    private static void check(DockerIgnore ignore, String dir, boolean relevant, List<String> missing) {
        if (relevant && !ignore.excluded(dir + "/x") && !ignore.excluded(dir)) {
            missing.add(dir);
        }
    }

    private static boolean exists(LintContext ctx, String dir) {
        return Files.isDirectory(ctx.context().resolve(dir));
    }
}
