package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;

/** DS412: EXPOSE 22. */
public final class DS412SshExposed implements Rule {
    static final RuleMeta META = new RuleMeta("DS412", Severity.INFO, "SSH port exposed", Family.SECURITY,
            Concept.NETWORK,
            "An SSH daemon in a container is another service to patch and another set of credentials to leak; "
                    + "docker exec already gives a shell when one is needed.",
            "Remove the SSH server and EXPOSE 22; use docker exec for debugging.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("EXPOSE")) {
            if (i.is("EXPOSE")) {
                for (var w : i.positionedWords()) {
                    if (w.text().equals("22") || w.text().equalsIgnoreCase("22/tcp")) {
                        report.report(i.bodyPos(w.offset()), "port 22 (SSH) is exposed");
                    }
                }
            }
        }
    }
}
