package dev.dockscope.lint.rules;

import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Variables;
import java.util.HashMap;
import java.util.Map;

/** Image reference helpers for rules. */
final class Images {
    private Images() {
    }

    /** Global ARG defaults (ARGs before the first FROM); ARGs without a default are absent. */
    static Map<String, String> globalDefaults(LintContext ctx) {
        Map<String, String> m = new HashMap<>();
        for (Instruction a : ctx.df().globalArgs()) {
            for (String w : a.words()) {
                int eq = w.indexOf('=');
                if (eq > 0) {
                    m.put(w.substring(0, eq), w.substring(eq + 1));
                }
            }
        }
        return m;
    }

    /** The reference with global ARG defaults substituted, or null when it depends on an ARG without a default. */
    static String resolve(LintContext ctx, String image) {
        if (image == null || image.isEmpty()) {
            return null;
        }
        if (image.indexOf('$') < 0) {
            return image;
        }
        Map<String, String> d = globalDefaults(ctx);
        char esc = ctx.df().directives().escape();
        for (Variables.Ref r : Variables.references(image, esc)) {
            if (!d.containsKey(r.name()) && !r.guarded()) {
                return null;
            }
        }
        return Variables.expand(image, esc, d);
    }

    /** The tag of a reference ({@code node:22} gives 22), or null when it has none. */
    static String tag(String ref) {
        String r = ref;
        int at = r.indexOf('@');
        if (at >= 0) {
            r = r.substring(0, at);
        }
        String last = r.substring(r.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 ? null : last.substring(colon + 1);
    }

    /** The registry host of a reference, or "docker.io". */
    static String registry(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = ref.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }
}
