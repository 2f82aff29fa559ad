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
import java.util.Locale;

/** DS331: EXPOSE 80/TCP. */
public final class DS331ExposeProtoCasing implements Rule {
    static final RuleMeta META = new RuleMeta("DS331", Severity.STYLE, "EXPOSE protocol not in lower case",
            Family.CORRECTNESS, Concept.NETWORK,
            "Protocols in EXPOSE are tcp, udp and sctp in lower case; other spellings are normalised and look "
                    + "inconsistent next to docker's own output.",
            "Write the protocol in lower case: EXPOSE 53/udp.",
            List.of(), List.of("ExposeProtoCasing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("EXPOSE")) {
            if (!i.is("EXPOSE")) {
                continue;
            }
            for (var w : i.positionedWords()) {
                int slash = w.text().indexOf('/');
                if (slash >= 0) {
                    String proto = w.text().substring(slash + 1);
                    if (!proto.equals(proto.toLowerCase(Locale.ROOT))) {
                        report.report(i.bodyPos(w.offset()), "protocol '" + proto + "' should be lower case");
                    }
                }
            }
        }
    }
}