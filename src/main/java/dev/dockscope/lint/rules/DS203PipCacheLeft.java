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
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** DS203: pip install without --no-cache-dir. */
public final class DS203PipCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS203", Severity.INFO, "pip install without --no-cache-dir",
            Family.SIZE, Concept.LAYER_CACHE,
            "pip stores every wheel it downloads in ~/.cache/pip. In an image that cache is never used again, "
                    + "but it stays in the layer and can add hundreds of MB for scientific packages.",
            "Add --no-cache-dir (or set PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=/root/.cache/pip).",
            List.of("DL3042"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    private static final Predicate<Instruction> PIP_CACHE_OFF = i -> i.is("ENV")
            && i.body().toUpperCase(Locale.ROOT).contains("PIP_NO_CACHE_DIR");

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            // pip reads any value of PIP_NO_CACHE_DIR (even 0 or false) as "no cache", for backwards compatibility
            boolean envOff = ctx.anyBefore(r.instruction(), PIP_CACHE_OFF);
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            if (envOff || Commands.cacheMountOn(r, "/.cache") || r.contains("PIP_NO_CACHE_DIR")) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                boolean pip = Commands.versioned(c.program(), "pip") && c.subcommand().equals("install")
                        || c.program().startsWith("python") && c.has("pip") && c.has("install");
                if (pip && !c.has("--no-cache-dir") && !c.has("--no-cache")) {
                    report.report(r.pos(c), "pip install keeps its download cache in the layer");
                }
            }
        }
    }
}
