package dev.dockscope.lint.dockerfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An instruction flag such as {@code --from=build} or {@code --link}. {@code value} is null for a bare flag.
 */
public record Flag(String name, String value, Pos pos) {

    /** For {@code --mount=type=cache,target=/root/.npm}: the comma-separated key=value pairs, keys lower-cased. */
    public Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        if (value == null) {
            return m;
        }
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                m.put(part.trim().toLowerCase(Locale.ROOT), "");
            } else {
                m.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
