package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** DS330: FROM --platform with a constant value. */
public final class DS330ConstantPlatform implements Rule {
    static final RuleMeta META = new RuleMeta("DS330", Severity.WARNING, "FROM --platform with a constant",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "A constant --platform in FROM pins that stage to one architecture, so the Dockerfile cannot build a "
                    + "multi-platform image and runs emulated on other hosts.",
            "Leave the platform to the build command, or use $BUILDPLATFORM for build stages; name the stage "
                    + "after the platform if it really is platform-specific.",
            List.of("DL3029"), List.of("FromPlatformFlagConstDisallowed"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            var f = s.from().flag("platform");
            if (f == null || f.value() == null || f.value().contains("$")) {
                continue;
            }
            String name = s.key() == null ? "" : s.key();
            String v = f.value().toLowerCase(Locale.ROOT);
            boolean named = Arrays.stream(v.split("[/,]")).anyMatch(part -> !part.isEmpty()
                    && name.contains(part));
            if (!named) {
                report.report(f.pos(), "--platform=" + f.value() + " is a constant: this stage always builds for "
                        + f.value());
            }
        }
    }
}