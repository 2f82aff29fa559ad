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

/** DS408: base image from a registry not listed in trustedRegistries. */
public final class DS408UntrustedRegistry implements Rule {
    static final RuleMeta META = new RuleMeta("DS408", Severity.ERROR, "Base image from an untrusted registry",
            Family.SECURITY, Concept.REGISTRY,
            "Teams that mirror and scan images want builds to pull only from those registries. A base image "
                    + "from elsewhere bypasses that control. (Active only when trustedRegistries is set in "
                    + ".dockscope.yaml.)",
            "Pull the image through a trusted registry, or add its registry to trustedRegistries.",
            List.of("DL3026"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        List<String> trusted = ctx.config().trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        for (Stage s : ctx.df().stages()) {
            String img = Images.resolve(ctx, s.image());
            if (img == null || img.equalsIgnoreCase("scratch") || ctx.df().stage(s.image()) != null) {
                continue;
            }
            String reg = Images.registry(img);
            boolean ok = trusted.stream().anyMatch(t -> t.equals(reg) || t.equals("docker.io") && reg.equals("hub")
                    || t.startsWith("*.") && reg.endsWith(t.substring(1)));
            if (!ok) {
                report.report(s.from(), s.image() + " comes from " + reg + ", which is not in trustedRegistries");
            }
        }
    }
}