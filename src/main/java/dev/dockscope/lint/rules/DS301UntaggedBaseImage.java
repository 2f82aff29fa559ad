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

/** DS301: FROM without a tag or digest. */
public final class DS301UntaggedBaseImage implements Rule {
    static final RuleMeta META = new RuleMeta("DS301", Severity.WARNING, "Base image without a tag",
            Family.CORRECTNESS, Concept.REGISTRY,
            "FROM image with no tag means image:latest, whatever that is on the day of the build. Two builds of "
                    + "the same commit can get different operating systems, and a rebuild can break without any "
                    + "change on your side.",
            "Name a version tag (FROM node:22-bookworm-slim), ideally pinned by digest (@sha256:...).",
            List.of("DL3006"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            String img = Images.resolve(ctx, s.image());
            if (img == null || img.equalsIgnoreCase("scratch") || ctx.df().stage(s.image()) != null
                    && ctx.df().stage(s.image()).index() < s.index()) {
                continue;
            }
            if (Images.tag(img) == null && !img.contains("@")) {
                report.report(s.from(), "FROM " + s.image() + " has no tag: it means :latest and changes under you");
            }
        }
    }
}