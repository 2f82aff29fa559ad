package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
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
import dev.dockscope.lint.shell.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DS210: chown/chmod -R of copied files in a later RUN duplicates them. */
public final class DS210ChownInSeparateRun implements Rule {
    static final RuleMeta META = new RuleMeta("DS210", Severity.WARNING, "chown/chmod of copied files in a later "
            + "RUN", Family.SIZE, Concept.LAYER_CACHE,
            "Changing the owner or mode of a file rewrites the whole file into the new layer. A RUN chown -R over "
                    + "what COPY just added stores every copied file twice.",
            "Set owner and mode while copying: COPY --chown=app:app --chmod=755 src dest.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            Map<String, Integer> copied = new HashMap<>();
            String workdir = "/";
            for (Instruction i : ctx.instructions(stage, "WORKDIR", "COPY", "ADD", "RUN")) {
                if (i.is("WORKDIR")) {
                    String w = i.body().trim();
                    workdir = w.startsWith("/") ? w : workdir + "/" + w;
                } else if (i.is("COPY") || i.is("ADD")) {
                    String d = i.destination();
                    if (d != null) {
                        copied.put(norm(d.startsWith("/") ? d : workdir + "/" + d), i.line());
                    }
                } else if (i.is("RUN")) {
                    RunScript r = ctx.run(i);
                    for (Command c : r.unwrapped()) {
                        if ((c.program().equals("chown") || c.program().equals("chmod")) && (c.has("-R")
                                || c.has("--recursive"))) {
                            for (Word w : c.words()) {
                                String p = w.text().startsWith("/") ? w.text()
                                        : w.text().equals(".") ? workdir : null;
                                Integer line = p == null ? null : copied.get(norm(p));
                                if (line != null) {
                                    report.report(r.pos(c), c.program() + " -R " + w.text() + " rewrites the files "
                                            + "copied on line " + line + " into a second layer");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static String norm(String p) {
        String s = p.replaceAll("/+", "/").replaceAll("/\\./", "/");
        if (s.endsWith("/.")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
