package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dockerfile variable substitution ({@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:+alt}}, {@code ${VAR+alt}}), with the escape character protecting a {@code $}. Single pass.
 */
public final class Variables {
    private Variables() {
    }

    /**
     * One reference.
     *
     * @param name     the variable name
     * @param offset   where the {@code $} stands
     * @param modifier {@code ""}, {@code ":-"}, {@code "-"}, {@code ":+"}, {@code "+"} (or another operator)
     * @param word     the default or alternative word after the modifier
     */
    public record Ref(String name, int offset, String modifier, String word) {
        /** True when an unset variable still gives a value or is deliberately optional. */
        public boolean guarded() {
            return !modifier.isEmpty();
        }
    }

    public static List<Ref> references(String s, char escape) {
        List<Ref> out = new ArrayList<>();
        if (s.indexOf('$') < 0) {
            return out; // every reference starts at a '$': no copy of the text to find none
        }
        scan(s, escape, null, out);
        return out;
    }

    /** Expands with {@code values}; unset variables expand to "". */
    public static String expand(String s, char escape, Map<String, String> values) {
        return scan(s, escape, values, new ArrayList<>());
    }

    private static String scan(String s, char escape, Map<String, String> values, List<Ref> refs) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == escape && i + 1 < n && s.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            if (c != '$' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            if (d == '{') {
                int j = i + 2;
                int nameStart = j;
                while (j < n && isNameChar(s.charAt(j))) {
                    j++;
                }
                String name = s.substring(nameStart, j);
                int close = s.indexOf('}', j);
                if (name.isEmpty() || close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String rest = s.substring(j, close);
                String modifier = "";
                String word = "";
                if (rest.startsWith(":-") || rest.startsWith(":+")) {
                    modifier = rest.substring(0, 2);
                    word = rest.substring(2);
                } else if (!rest.isEmpty()) {
                    int m = 0;
                    while (m < rest.length() && "-+?:#%/".indexOf(rest.charAt(m)) >= 0 && m < 2) {
                        m++;
                    }
                    modifier = rest.substring(0, Math.max(1, m));
                    word = rest.substring(modifier.length());
                }
                refs.add(new Ref(name, i, modifier, word));
                if (values != null) {
                    out.append(apply(values.get(name), modifier, word));
                }
                i = close + 1;
            } else if (isNameStart(d)) {
                int j = i + 1;
                while (j < n && isNameChar(s.charAt(j))) {
                    j++;
                }
                String name = s.substring(i + 1, j);
                refs.add(new Ref(name, i, "", ""));
                if (values != null) {
                    String v = values.get(name);
                    out.append(v == null ? "" : v);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String apply(String value, String modifier, String word) {
        return switch (modifier) {
            case ":-" -> value == null || value.isEmpty() ? word : value;
            case "-" -> value == null ? word : value;
            case ":+" -> value == null || value.isEmpty() ? "" : word;
            case "+" -> value == null ? "" : word;
            default -> value == null ? "" : value;
        };
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
