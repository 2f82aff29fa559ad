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
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DS103: {@code apt-get update} in a RUN of its own. */
public final class DS103AptGetUpdateAlone implements Rule {
    static final RuleMeta META = new RuleMeta("DS103", Severity.WARNING, "apt-get update in its own RUN",
            Family.CACHE, Concept.LAYER_CACHE,
            "The cache key of a RUN is its command text, not the state of the package mirrors. A lone "
                    + "RUN apt-get update is cached forever, so a later apt-get install (in another RUN, possibly "
                    + "edited months later) works with stale package lists and can fail or install old versions.",
            "Run the update and the install in the same RUN: RUN apt-get update && apt-get install -y ... "
                    + "&& rm -rf /var/lib/apt/lists/*",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Updates updates = new Updates(ctx);
        Set<Instruction> reliedOn = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RunScript r : ctx.runs()) {
            if (r.find("apt-get", "update") == null
                    && (r.find("apt-get", "install") != null || r.find("apt", "install") != null)) {
                Instruction u = updates.before(r.instruction());
                if (u != null) {
                    reliedOn.add(u); // a later RUN installs with these lists: it is the one reported
                }
            }
        }
        for (RunScript r : ctx.runs()) {
            Command update = null;
            boolean install = false;
            for (Command c : r.unwrapped()) {
                boolean apt = c.program().equals("apt-get") || c.program().equals("apt");
                if (apt && c.subcommand().equals("update")) {
                    update = update == null ? c : update;
                } else if (apt && !c.subcommand().isEmpty()) {
                    install = true;
                }
            }
            if (update != null && !install && !reliedOn.contains(r.instruction())) {
                report.report(r.pos(update), "apt-get update runs in a RUN without an install: its package lists "
                        + "are cached and go stale for every later install");
            } else if (update == null) {
                Command c = r.find("apt-get", "install");
                c = c != null ? c : r.find("apt", "install");
                Instruction earlier = c == null ? null : updates.before(r.instruction());
                if (earlier != null) {
                    String where = ctx.stageOf(earlier) == ctx.stageOf(r.instruction()) ? "line " + earlier.line()
                            : "stage " + ctx.stageOf(earlier).label() + " (line " + earlier.line() + ")";
                    report.report(r.pos(c), c.program() + " install relies on the package lists of the apt-get "
                            + "update on " + where + ": cached, they go stale and the install can fail or get old "
                            + "versions", "Run apt-get update && " + c.program() + " install -y … in the same RUN.");
                }
            }
        }
    }

    /**
     * The last RUN before an instruction (in its stage or the stages it is built FROM) that ran apt-get update, or
     * null when there is none or a later RUN removed /var/lib/apt/lists again. Folded once per stage (the state after
     * each of its instructions), so that a file of many RUNs costs one pass, not one pass per RUN.
     */
    private static final class Updates {
        private final LintContext ctx;
        /** Per stage index: [0] the state at the stage's start, [k + 1] the state after its k-th instruction. */
        private final Map<Integer, Instruction[]> states = new HashMap<>();

        Updates(LintContext ctx) {
            this.ctx = ctx;
        }

        Instruction before(Instruction i) {
            Stage own = ctx.stageOf(i);
            if (own == null) {
                return null;
            }
            List<Instruction> xs = own.instructions();
            int lo = 0;
            int hi = xs.size();
            while (lo < hi) { // the number of the stage's instructions on lines before i's
                int mid = (lo + hi) >>> 1;
                if (xs.get(mid).line() < i.line()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return states(own)[lo];
        }

        /** The states of a stage, folding first the stages it is built FROM that are not done yet (no recursion). */
        private Instruction[] states(Stage stage) {
            ArrayDeque<Stage> todo = new ArrayDeque<>();
            for (Stage s = stage; s != null && !states.containsKey(s.index()); s = ctx.baseOf(s)) {
                todo.push(s);
            }
            while (!todo.isEmpty()) {
                Stage s = todo.pop();
                Stage b = ctx.baseOf(s);
                fold(s, b == null ? null : states.get(b.index()));
            }
            return states.get(stage.index());
        }

        private void fold(Stage stage, Instruction[] base) {
            List<Instruction> xs = stage.instructions();
            Instruction[] out = new Instruction[xs.size() + 1];
            out[0] = base == null ? null : base[base.length - 1];
            for (int j = 0; j < xs.size(); j++) {
                Instruction x = xs.get(j);
                Instruction found = out[j];
                if (x.is("RUN")) {
                    RunScript s = ctx.run(x);
                    if (s.contains("/var/lib/apt/lists")) {
                        found = null; // the lists were removed again: an install would fail, not go stale
                    } else if (s.find("apt-get", "update") != null || s.find("apt", "update") != null
                            || Commands.aptSetupScript(s)) {
                        found = x;
                    }
                }
                out[j + 1] = found;
            }
            states.put(stage.index(), out);
        }
    }
}
