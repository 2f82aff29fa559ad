package dev.dockscope.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a history {@code CreatedBy} back into the Dockerfile line it came from: drops {@code /bin/sh -c #(nop)},
 * the BuildKit {@code # buildkit} suffix and the {@code |N A=b} build-arg prefix, and names the instruction.
 */
public record HistoryInstruction(String keyword, String text, boolean metadataOnly) {
    private static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL");
    private static final Set<String> FILESYSTEM = Set.of("RUN", "ADD", "COPY");
    private static final Pattern ARGS_PREFIX = Pattern.compile("^\\|\\d+(?:\\s+\\S+=\\S*)*\\s+");
    private static final Pattern SHELL_C = Pattern.compile("^(?:/bin/)?(?:ba|da|a)?sh\\s+-c\\s+");
    private static final Pattern LEGACY_FILE = Pattern.compile("^(COPY|ADD) (?:--\\S+ )*(file|dir|multi):([0-9a-f]{8,64}) in (.*)$");

    public static HistoryInstruction parse(String createdBy, String comment) {
        String s = createdBy == null ? "" : createdBy.strip();
        if (s.isEmpty()) {
            boolean imported = comment != null && comment.toLowerCase(Locale.ROOT).startsWith("imported from");
            return new HistoryInstruction(imported ? "IMPORT" : "?", imported ? "(imported from a tarball: "
                    + comment + ")" : "(no instruction recorded)", false);
        }
        if (s.endsWith("# buildkit")) {
            s = s.substring(0, s.length() - "# buildkit".length()).strip();
        }
        Matcher args = ARGS_PREFIX.matcher(s);
        if (args.find()) {
            s = s.substring(args.end());
        }
        Matcher sh = SHELL_C.matcher(s);
        if (sh.find()) {
            String rest = s.substring(sh.end()).strip();
            if (rest.startsWith("#(nop)")) {
                return keywordLine(rest.substring(6).strip());
            }
            return new HistoryInstruction("RUN", "RUN " + rest, false);
        }
        return keywordLine(s);
    }

    private static HistoryInstruction keywordLine(String s) {
        int space = s.indexOf(' ');
        String first = (space < 0 ? s : s.substring(0, space)).toUpperCase(Locale.ROOT);
        if (KEYWORDS.contains(first)) {
            String text = first + (space < 0 ? "" : s.substring(space));
            if (first.equals("RUN") && space > 0) {
                // BuildKit records "RUN /bin/sh -c cmd"
                Matcher sh = SHELL_C.matcher(s.substring(space + 1));
                if (sh.find()) {
                    text = "RUN " + s.substring(space + 1 + sh.end()).strip();
                }
            }
            Matcher legacy = LEGACY_FILE.matcher(text);
            if (legacy.matches()) {
                String what = switch (legacy.group(2)) {
                    case "dir" -> "a directory";
                    case "multi" -> "several files";
                    default -> "a file";
                };
                text = legacy.group(1) + " " + what + " (" + legacy.group(3).substring(0, 8) + "…) to " + legacy.group(4).strip();
            }
            text = legacyGoSyntax(first, text.strip());
            return new HistoryInstruction(first, text, !FILESYSTEM.contains(first) && !first.equals("WORKDIR"));
        }
        // exec-form RUN (["/bin/busybox", "--install"]) is recorded without sh -c
        return new HistoryInstruction("RUN", "RUN " + s, false);
    }

    private static final Pattern GO_LIST = Pattern.compile("^\\[(\"(?:[^\"\\\\]|\\\\.)*\"(?: \"(?:[^\"\\\\]|\\\\.)*\")*)\\]");
    private static final Pattern GO_HEALTH = Pattern.compile("^&\\{(\\[.*?\\]) ((?:\"[^\"]*\" ?)*)(.*)\\}$");

    /**
     * The legacy builder records CMD/ENTRYPOINT/SHELL lists and HEALTHCHECK structs in Go's %v syntax
     * ({@code ["a" "b"]}, {@code &{["CMD-SHELL" "x"] "5s" "0s" "0s" '\x00'}}); write them as Dockerfile lines.
     */
    static String legacyGoSyntax(String keyword, String text) {
        String rest = text.substring(keyword.length()).strip();
        if (keyword.equals("CMD") || keyword.equals("ENTRYPOINT") || keyword.equals("SHELL")) {
            Matcher m = GO_LIST.matcher(rest);
            if (m.matches()) {
                List<String> argv = goStrings(m.group(1));
                if (!keyword.equals("SHELL") && argv.size() == 3 && argv.get(0).equals("/bin/sh") && argv.get(1).equals("-c")) {
                    return keyword + " " + argv.get(2);
                }
                return keyword + " " + jsonList(argv);
            }
        }
        if (keyword.equals("EXPOSE") && rest.startsWith("map[") && rest.endsWith("]")) {
            // EXPOSE map[8000/tcp:{} 9000/udp:{}]
            return "EXPOSE " + rest.substring(4, rest.length() - 1).replace(":{}", "");
        }
        if (keyword.equals("HEALTHCHECK")) {
            Matcher m = GO_HEALTH.matcher(rest);
            if (m.matches()) {
                Matcher list = GO_LIST.matcher(m.group(1));
                if (!list.matches()) {
                    return text;
                }
                List<String> test = goStrings(list.group(1));
                List<String> durations = goStrings(m.group(2).strip());
                String[] names = {"--interval=", "--timeout=", "--start-period=", "--start-interval="};
                StringBuilder b = new StringBuilder("HEALTHCHECK");
                for (int i = 0; i < Math.min(durations.size(), names.length); i++) {
                    if (!durations.get(i).equals("0s")) {
                        b.append(' ').append(names[i]).append(durations.get(i));
                    }
                }
                int retries = goInt(m.group(3).strip());
                if (retries > 0) {
                    b.append(" --retries=").append(retries);
                }
                if (test.isEmpty() || test.get(0).equals("NONE")) {
                    return "HEALTHCHECK NONE";
                }
                if (test.get(0).equals("CMD-SHELL") && test.size() == 2) {
                    return b.append(" CMD ").append(test.get(1)).toString();
                }
                return b.append(" CMD ").append(jsonList(test.subList(1, test.size()))).toString();
            }
        }
        return text;
    }

    /**
     * The retries field as the legacy builder prints it: a Go rune literal ({@code '\x02'}, {@code '\a'},
     * {@code 'A'} for 65, {@code '\u0101'}) or a plain number; 0 when absent or unreadable.
     */
    static int goInt(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        if (s.length() < 3 || s.charAt(0) != '\'' || s.charAt(s.length() - 1) != '\'') {
            return 0;
        }
        String in = s.substring(1, s.length() - 1);
        if (in.length() == 1) {
            return in.charAt(0);
        }
        if (in.charAt(0) != '\\') {
            return in.codePointAt(0);
        }
        char k = in.charAt(1);
        try {
            return switch (k) {
                case 'a' -> 7;
                case 'b' -> 8;
                case 't' -> 9;
                case 'n' -> 10;
                case 'v' -> 11;
                case 'f' -> 12;
                case 'r' -> 13;
                case '\\', '\'' -> k;
                case 'x', 'u', 'U' -> Integer.parseInt(in.substring(2), 16);
                default -> Integer.parseInt(in.substring(1), 8);
            };
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> goStrings(String s) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> n;
                    });
                } else {
                    b.append(c);
                }
                i++;
            }
            out.add(b.toString());
            i++;
        }
        return out;
    }

    private static String jsonList(List<String> argv) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < argv.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(argv.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    /** True for a COPY/ADD of what looks like the whole build context or a directory ({@code COPY . .}). */
    public boolean copiesContext() {
        if (!keyword.equals("COPY") && !keyword.equals("ADD")) {
            return false;
        }
        if (text.contains("--from=")) {
            return false;
        }
        if (text.contains(" a directory (")) {
            return true;
        }
        String[] parts = text.split("\\s+");
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].startsWith("--")) {
                continue;
            }
            if (parts[i].equals(".") || parts[i].equals("./")) {
                return true;
            }
        }
        return false;
    }
}
