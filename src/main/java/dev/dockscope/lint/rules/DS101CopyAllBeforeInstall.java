package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.ArrayList;
import java.util.List;

/** DS101: the whole build context is copied before the dependency install, so every source edit re-installs. */
public final class DS101CopyAllBeforeInstall implements Rule {
    static final RuleMeta META = new RuleMeta("DS101", Severity.WARNING,
            "Whole context copied before the dependency install", Family.CACHE, Concept.LAYER_CACHE,
            "A layer is reused only while every instruction before it and every file it copies are unchanged. "
                    + "COPY . . brings in all sources, so after any edit the install below it runs again from "
                    + "scratch, often the slowest step of the build. Copying only the manifest and lock files first "
                    + "lets the install stay cached until the dependencies themselves change.",
            "Copy the manifest and lock files first, run the install, then copy the rest of the sources.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            Instruction copyAll = null;
            List<String> before = new ArrayList<>();
            stageLoop:
            for (Instruction i : stage.instructions()) {
                if (copyAll == null) {
                    if (LintContext.copiesWholeContext(i)) {
                        copyAll = i;
                    } else if (LintContext.fromContext(i)) {
                        before.addAll(i.sources());
                    }
                    continue;
                }
                if (!i.is("RUN")) {
                    continue;
                }
                for (Command c : ctx.run(i).unwrapped()) {
                    Ecosystem e = Ecosystem.installOf(c);
                    if (e != null) {
                        if (before.stream().noneMatch(e::isManifestSource)) {
                            report(report, copyAll, i, c, e);
                        }
                        break stageLoop;
                    }
                }
            }
        }
    }

    private static void report(Reporter report, Instruction copyAll, Instruction run, Command c, Ecosystem e) {
        List<String> files = new ArrayList<>(e.manifests());
        String prefetch = e.prefetch();
        if (e == Ecosystem.PIP) {
            for (int k = 0; k < c.args().size() - 1; k++) {
                if (c.args().get(k).equals("-r") || c.args().get(k).equals("--requirement")) {
                    files = List.of(c.args().get(k + 1));
                    prefetch = "pip install -r " + c.args().get(k + 1);
                }
            }
        }
        String cmd = String.join(" ", c.words().stream().map(w -> w.text()).toList());
        report.report(copyAll.pos(), copyAll.written() + " " + copyAll.body()
                + " copies every source file before the " + e.id() + " install on line " + run.line() + " ("
                + cmd + "): any edit re-runs the install",
                "Copy " + String.join(" ", files) + " first: COPY " + String.join(" ", files) + " ./ then RUN "
                        + prefetch + ", and only then COPY . . so source edits keep the install cached.");
    }
}
