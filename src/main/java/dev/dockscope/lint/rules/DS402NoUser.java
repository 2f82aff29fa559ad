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

/**
 * DS402: a service image whose final image never sets USER. Images that are not services (language runtimes, SDKs,
 * tools, build-only images) and images that are root on purpose (the entrypoint drops privileges with gosu/su-exec,
 * the server drops them itself, the program needs root) are left alone. {@code FROM scratch} runs as uid 0 too.
 */
public final class DS402NoUser implements Rule {
    static final RuleMeta META = new RuleMeta("DS402", Severity.INFO, "No USER in a service's final stage",
            Family.SECURITY, Concept.CONTAINER,
            "Without a USER instruction the container runs as whatever user the base image chose, which is root "
                    + "for nearly all official images.",
            "Add USER with an unprivileged user (or a numeric uid) near the end of the final stage.",
            List.of("DL3002"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Stage last = ctx.df().finalStage();
        if (last == null || last.image().contains("distroless") && last.image().contains("nonroot")
                || !ctx.role().service() || ctx.role().rootOnPurpose()) {
            return;
        }
        for (Stage s = last; s != null; s = ctx.df().stage(s.image()) != null
                && ctx.df().stage(s.image()).index() < s.index() ? ctx.df().stage(s.image()) : null) {
            if (!ctx.instructions(s, "USER").isEmpty()) {
                return;
            }
        }
        report.report(last.from(), "the service's final stage never sets USER, so it runs as the base "
                + "image's user (usually root)");
    }
}