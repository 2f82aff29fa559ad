package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** A strict, linear parser for the exec form: a JSON array of strings. */
final class JsonArray {
    /** The array, or the offset and reason it failed. */
    record Result(List<String> values, int errorOffset, String error) {
    }

    private final String s;
    private int i;

    private JsonArray(String s) {
        this.s = s;
    }

    static Result parse(String s) {
        return new JsonArray(s).run();
    }

    private Result run() {
        List<String> out = new ArrayList<>();
        skip();
        if (!eat('[')) {
            return fail("expected '['");
        }
        skip();
        if (eat(']')) {
            return end(out);
        }
        while (true) {
            skip();
            if (i >= s.length() || s.charAt(i) != '"') {
                return fail(i >= s.length() ? "the JSON array is not closed with ']'" : "expected a double-quoted string");
            }
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    return fail("a string is not closed with '\"'");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        return fail("a string is not closed with '\"'");
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                return fail("bad \\u escape");
                            }
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException ex) {
                                return fail("bad \\u escape");
                            }
                            i += 4;
                        }
                        default -> {
                            return fail("bad escape \\" + e);
                        }
                    }
                } else {
                    b.append(c);
                }
            }
            out.add(b.toString());
            skip();
            if (eat(',')) {
                continue;
            }
            if (eat(']')) {
                return end(out);
            }
            return fail(i >= s.length() ? "the JSON array is not closed with ']'" : "expected ',' or ']'");
        }
    }

    private Result end(List<String> out) {
        skip();
        return i == s.length() ? new Result(out, -1, null) : fail("text after the closing ']'");
    }

    private Result fail(String why) {
        return new Result(null, Math.min(i, s.length()), why);
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean eat(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }
}
