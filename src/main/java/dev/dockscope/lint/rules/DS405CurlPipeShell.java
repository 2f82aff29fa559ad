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
import java.util.Set;

/** DS405: downloading a script and piping it straight into a shell. */
public final class DS405CurlPipeShell implements Rule {
    static final RuleMeta META = new RuleMeta("DS405", Severity.WARNING, "Remote script piped into a shell",
            Family.SECURITY, Concept.DOCKERFILE,
            "curl URL | sh runs whatever the server sends at build time, unchecked; a compromised or changed "
                    + "script ends up in your image, and a truncated download runs half a script.",
            "Download to a file, verify its checksum (sha256sum -c), then run it; or install from a package "
                    + "repository.",
            List.of("DL4006"), List.of());
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh",
            "python", "python3", "perl", "ruby", "node");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("curl", "wget")) {
            List<Command> cs = r.unwrapped();
            for (int k = 0; k + 1 < cs.size(); k++) {
                Command c = cs.get(k);
                Command next = cs.get(k + 1);
                if ((c.program().equals("curl") || c.program().equals("wget")) && c.after().equals("|")
                        && SHELLS.contains(next.program())) {
                    report.report(r.pos(c), c.program() + " output is piped straight into " + next.program()
                            + ": the script runs unverified");
                }
            }
        }
    }
}