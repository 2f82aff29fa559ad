package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.shell.Command;
import java.util.List;

/** DS410: TLS verification turned off. */
public final class DS410InsecureDownload implements Rule {
    static final RuleMeta META = new RuleMeta("DS410", Severity.WARNING, "TLS verification disabled",
            Family.SECURITY, Concept.REGISTRY,
            "curl -k, wget --no-check-certificate, pip --trusted-host and npm strict-ssl=false accept any "
                    + "certificate, so anyone on the network path can substitute what gets installed into the "
                    + "image.",
            "Keep verification on; install the CA certificate the build needs instead (ca-certificates, or COPY "
                    + "the corporate CA and update-ca-certificates).",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                String p = c.program();
                boolean bad = p.equals("curl") && (c.has("-k") || c.has("--insecure"))
                        || p.equals("wget") && c.has("--no-check-certificate")
                        || p.startsWith("pip") && c.has("--trusted-host")
                        || (p.equals("npm") || p.equals("yarn")) && c.args().stream().anyMatch(a -> a.contains(
                                "strict-ssl")) && c.args().stream().anyMatch(a -> a.contains("false"))
                        || p.equals("git") && c.args().stream().anyMatch(a -> a.equals("http.sslVerify=false"));
                if (bad) {
                    report.report(r.pos(c), p + " runs with certificate checks turned off");
                }
            }
        }
    }
}