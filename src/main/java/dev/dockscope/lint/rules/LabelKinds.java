package dev.dockscope.lint.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Value kinds for the label schema. */
final class LabelKinds {
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final Pattern SEMVER = Pattern.compile("v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");
    private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?"
            + "(?:[Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final Pattern SPDX = Pattern.compile("[A-Za-z0-9.+-]+(?:\\s+(?:AND|OR|WITH)\\s+[A-Za-z0-9.+-]+)*");

    private LabelKinds() {
    }

    static boolean valid(String kind, String value) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "url" -> URL.matcher(value).matches();
            case "semver" -> SEMVER.matcher(value).matches();
            case "rfc3339" -> RFC3339.matcher(value).matches();
            case "email" -> EMAIL.matcher(value).matches();
            case "hash" -> HASH.matcher(value).matches();
            case "spdx" -> SPDX.matcher(value).matches();
            default -> !value.isBlank();
        };
    }
}
