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
import java.util.regex.Pattern;

/** DS332: EXPOSE with a host address/port mapping or a port outside 0-65535. */
public final class DS332InvalidExpose implements Rule {
    static final RuleMeta META = new RuleMeta("DS332", Severity.ERROR, "Invalid EXPOSE port",
            Family.CORRECTNESS, Concept.NETWORK,
            "EXPOSE documents the container's own ports. An IP address or a host:container mapping (that belongs "
                    + "to docker run -p) or a number outside 0-65535 is invalid or silently changed.",
            "Write only container ports: EXPOSE 8080 or EXPOSE 8080/tcp; publish with docker run -p host:container.",
            List.of("DL3011"), List.of("ExposeInvalidFormat"));
    private static final Pattern PORT = Pattern.compile(
            "(\\d{1,5})(?:-(\\d{1,5}))?(?:/(?i:tcp|udp|sctp))?");

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
                String t = w.text();
                if (t.contains("$")) {
                    continue;
                }
                var m = PORT.matcher(t);
                boolean ok = m.matches() && Integer.parseInt(m.group(1)) <= 65535
                        && (m.group(2) == null || Integer.parseInt(m.group(2)) <= 65535);
                if (!ok) {
                    report.report(i.bodyPos(w.offset()), "'" + t + "' is not a valid container port"
                            + (t.contains(":") ? " (host addresses and mappings belong to docker run -p)" : ""));
                }
            }
        }
    }
}