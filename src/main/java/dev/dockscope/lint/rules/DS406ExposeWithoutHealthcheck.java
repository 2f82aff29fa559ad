package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.List;

/**
 * DS406: a service application image (it EXPOSEs a port, its command starts a server, or it keeps a server base
 * image's command) without a HEALTHCHECK in its final image. General-purpose packaging images (official-image
 * style: third-party software downloaded and verified, or pinned in version ENV constants) are left alone: their
 * maintainers leave the probe to the deployment, as it depends on configuration.
 */
public final class DS406ExposeWithoutHealthcheck implements Rule {
    static final RuleMeta META = new RuleMeta("DS406", Severity.INFO, "Service without a HEALTHCHECK",
            Family.SECURITY, Concept.HEALTH_CHECK,
            "A running container only tells Docker its process is alive, not that it answers. A HEALTHCHECK lets "
                    + "docker ps, Compose depends_on and orchestrators see a hung or broken service and act on it.",
            "Add a cheap probe: HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health "
                    + "|| exit 1.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Stage last = ctx.df().finalStage();
        if (last == null || !ctx.role().service() || ctx.role().healthcheck() || ctx.role().packaging()) {
            return;
        }
        Instruction expose = null;
        for (Stage s : ctx.lineage(last.from())) {
            for (Instruction i : ctx.instructions(s, "EXPOSE")) {
                if (i.is("EXPOSE") && expose == null) {
                    expose = i;
                }
            }
        }
        if (expose != null) {
            report.report(expose, "the image exposes " + expose.body().trim() + " but has no HEALTHCHECK");
        } else {
            report.report(last.from(), "the image runs a service but has no HEALTHCHECK");
        }
    }
}
