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

/** DS409: ADD of a URL without --checksum. */
public final class DS409AddUrlWithoutChecksum implements Rule {
    static final RuleMeta META = new RuleMeta("DS409", Severity.WARNING, "ADD of a URL without --checksum",
            Family.SECURITY, Concept.LAYER_CACHE,
            "ADD https://... puts whatever the server returns into the image. Without --checksum a changed or "
                    + "tampered file goes in unnoticed, and the step is re-fetched whenever the server says the "
                    + "file changed.",
            "Add --checksum=sha256:<digest> (or download with curl and verify with sha256sum -c).",
            List.of(), List.of());

    /** Compiled on first use: most files have no ADD. */
    private static final class Rx {
        static final Pattern URL = Pattern.compile("(?i)https?://.*");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("ADD")) {
            if (i.is("ADD") && i.flag("checksum") == null
                    && i.sources().stream().anyMatch(s -> Rx.URL.matcher(s).matches() && !s.contains(".git"))) {
                report.report(i, "ADD downloads a URL without --checksum: its content is not verified");
            }
        }
    }
}