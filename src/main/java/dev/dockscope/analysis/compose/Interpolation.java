package dev.dockscope.analysis.compose;

import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Compose specification's interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or
 * empty), {@code ${VAR-default}} (unset), {@code ${VAR:?error}} / {@code ${VAR?error}} (fail), {@code ${VAR:+alt}} /
 * {@code ${VAR+alt}} (replace when set), {@code $$} for a literal dollar. Defaults may themselves be interpolated.
 */
public final class Interpolation {
    private Interpolation() {
    }

    /** The outcome: the text, the variables that were unset and had no default, and a failure message or null. */
    public record Result(String text, List<String> unset, String error) {
    }

    public static Result apply(String s, Function<String, String> lookup) {
        List<String> unset = new ArrayList<>();
        try {
            return new Result(expand(s, lookup, unset, 0), List.copyOf(unset), null);
        } catch (Failure f) {
            return new Result(s, List.copyOf(unset), f.getMessage());
        }
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The message quotes the value: made one line and cut, as a finding's message must be. */
        Failure(String message) {
            super(Sanitizer.line(message.length() > 300 ? message.substring(0, 299) + "…" : message), null, false,
                    false);
        }
    }

    private static String expand(String s, Function<String, String> lookup, List<String> unset, int depth) {
        if (s.indexOf('$') < 0) {
            return s;
        }
        if (depth > 10) {
            throw new Failure("interpolation nested too deeply");
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '$' || i + 1 >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            char n = s.charAt(i + 1);
            if (n == '$') {
                b.append('$');
                i += 2;
            } else if (n == '{') {
                int end = closing(s, i + 2);
                if (end < 0) {
                    throw new Failure("invalid interpolation format for \"" + s + "\": no closing }");
                }
                b.append(braced(s.substring(i + 2, end), lookup, unset, depth));
                i = end + 1;
            } else if (n == '_' || Character.isLetter(n)) {
                int j = i + 1;
                while (j < s.length() && (s.charAt(j) == '_' || Character.isLetterOrDigit(s.charAt(j)))) {
                    j++;
                }
                String name = s.substring(i + 1, j);
                String v = lookup.apply(name);
                if (v == null) {
                    unset.add(name);
                    v = "";
                }
                b.append(v);
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String braced(String inner, Function<String, String> lookup, List<String> unset, int depth) {
        int j = 0;
        while (j < inner.length() && (inner.charAt(j) == '_' || Character.isLetterOrDigit(inner.charAt(j)))) {
            j++;
        }
        String name = inner.substring(0, j);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            throw new Failure("invalid interpolation format: ${" + inner + "}");
        }
        String rest = inner.substring(j);
        String v = lookup.apply(name);
        if (rest.isEmpty()) {
            if (v == null) {
                unset.add(name);
                return "";
            }
            return v;
        }
        boolean colon = rest.startsWith(":");
        if (colon && rest.length() < 2) {
            throw new Failure("invalid interpolation format: ${" + inner + "}");
        }
        String op = colon ? rest.substring(1, 2) : rest.substring(0, 1);
        String arg = rest.substring(colon ? 2 : 1);
        boolean missing = v == null || (colon && v.isEmpty());
        return switch (op) {
            case "-" -> missing ? expand(arg, lookup, unset, depth + 1) : v;
            case "?" -> {
                if (missing) {
                    String msg = expand(arg, lookup, unset, depth + 1);
                    throw new Failure("required variable " + name + " is missing a value"
                            + (msg.isEmpty() ? "" : ": " + msg));
                }
                yield v;
            }
            case "+" -> missing ? "" : expand(arg, lookup, unset, depth + 1);
            default -> throw new Failure("invalid interpolation format: ${" + inner + "}");
        };
    }

    /**
     * A {@code .env} file: {@code KEY=VALUE} lines, {@code export } allowed, {@code #} comments, values in single
     * quotes taken literally, in double quotes with {@code \n} escapes; unquoted values end at {@code " #"}. Values
     * may refer to earlier keys and the environment.
     */
    public static java.util.Map<String, String> dotenv(String text, Function<String, String> env) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("'") && value.indexOf('\'', 1) > 0) {
                value = value.substring(1, value.indexOf('\'', 1));
            } else if (value.length() >= 2 && value.startsWith("\"") && value.indexOf('"', 1) > 0) {
                value = value.substring(1, value.lastIndexOf('"')).replace("\\n", "\n").replace("\\\"", "\"");
                value = apply(value, k -> out.containsKey(k) ? out.get(k) : env.apply(k)).text();
            } else {
                int hash = value.indexOf(" #");
                if (hash >= 0) {
                    value = value.substring(0, hash).strip();
                }
                value = apply(value, k -> out.containsKey(k) ? out.get(k) : env.apply(k)).text();
            }
            out.put(key, value);
        }
        return out;
    }
}
