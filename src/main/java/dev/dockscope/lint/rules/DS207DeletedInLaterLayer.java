package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.Glob;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DS207: a file created by one instruction is deleted by a later RUN: it still ships in the earlier layer. */
public final class DS207DeletedInLaterLayer implements Rule {
    static final RuleMeta META = new RuleMeta("DS207", Severity.WARNING, "File deleted in a later layer than it was "
            + "created", Family.SIZE, Concept.LAYER_CACHE,
            "Layers only add: deleting a file in a later RUN hides it but every byte stays in the layer that "
                    + "created it, and is pulled with the image. Archives, installers and package lists deleted "
                    + "one step too late are the usual source of wasted space.",
            "Delete the file in the same RUN that downloads or unpacks it, or fetch it in a build stage and copy "
                    + "only the result.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            Map<String, Integer> created = new LinkedHashMap<>();
            for (Instruction i : ctx.instructions(stage, "COPY", "ADD", "RUN")) {
                if (LintContext.fromContext(i) || i.is("COPY")) {
                    String dest = i.destination();
                    if (dest != null && dest.startsWith("/")) {
                        for (String s : i.sources()) {
                            created.put(dest.endsWith("/") ? dest + base(s) : dest, i.line());
                        }
                    }
                } else if (i.is("RUN")) {
                    RunScript r = ctx.run(i);
                    for (Command c : r.unwrapped()) {
                        if (c.program().equals("rm")) {
                            deleted(report, r, c, created);
                        }
                    }
                    for (Command c : r.unwrapped()) {
                        record(c, i.line(), created);
                    }
                }
            }
        }
    }

    private static void deleted(Reporter report, RunScript r, Command rm, Map<String, Integer> created) {
        for (Word w : rm.words().subList(1, rm.words().size())) {
            String op = w.text();
            if (op.startsWith("-") || !op.startsWith("/")) {
                continue;
            }
            for (var e : created.entrySet()) {
                String p = e.getKey();
                if (p.equals(op) || p.startsWith(op.endsWith("/") ? op : op + "/") || op.startsWith(p + "/")
                        || Glob.matches(op, p)) {
                    report.report(r.pos(w), op + " was created on line " + e.getValue() + " and is deleted in a "
                            + "later layer: its bytes stay in the image");
                    return;
                }
            }
        }
    }

    private static void record(Command c, int line, Map<String, Integer> created) {
        List<String> a = c.args();
        for (int k = 0; k < a.size() - 1; k++) {
            boolean out = c.program().equals("curl") && (a.get(k).equals("-o") || a.get(k).equals("--output"))
                    || c.program().equals("wget") && (a.get(k).equals("-O") || a.get(k).equals("--output-document"));
            if (out && a.get(k + 1).startsWith("/")) {
                created.put(a.get(k + 1), line);
            }
        }
        if (c.is("apt-get", "update")) {
            created.put("/var/lib/apt/lists", line);
        }
    }

    private static String base(String s) {
        String t = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        return t.substring(t.lastIndexOf('/') + 1);
    }
}
