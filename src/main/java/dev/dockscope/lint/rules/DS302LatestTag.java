package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.List;

/** DS302: FROM image:latest. */
public final class DS302LatestTag implements Rule {
    static final RuleMeta META = new RuleMeta("DS302", Severity.WARNING, "Base image tagged latest",
            Family.CORRECTNESS, Concept.REGISTRY,
            "The latest tag moves whenever the publisher pushes. A build that worked yesterday can pull a new "
                    + "major version today; the image you test is not the one you ship.",
            "Use a version tag (and a digest for full reproducibility).",
            List.of("DL3007"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            String img = Images.resolve(ctx, s.image());
            if (img != null && "latest".equals(Images.tag(img)) && !img.contains("@")) {
                report.report(s.from(), "FROM " + s.image() + " uses the moving tag latest");
            }
        }
    }
}