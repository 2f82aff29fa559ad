package dev.dockscope.lint.dockerfile;

import dev.dockscope.lint.dockerfile.ParseIssue.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses Dockerfile text the way BuildKit's frontend reads it: parser directives, continuation lines with the
 * escape character, comments and blank lines inside continuations, here-documents, flags, exec and shell forms,
 * ONBUILD, stages. Every step is a single forward pass over the lines (no backtracking), so time is linear in the
 * file's size. It never throws on bad input; problems become {@link ParseIssue}s.
 */
public final class DockerfileParser {
    public static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL");
    /** The flags each instruction accepts; instructions not listed take none. */
    public static final Map<String, Set<String>> FLAGS = Map.of(
            "FROM", Set.of("platform"),
            "RUN", Set.of("mount", "network", "security"),
            "COPY", Set.of("from", "chown", "chmod", "link", "parents", "exclude"),
            "ADD", Set.of("chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));
    private static final Set<String> EXEC_CAPABLE = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD",
            "VOLUME");
    private static final Set<String> HEREDOC_CAPABLE = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> SHAPED = Set.of("FROM", "COPY", "ADD");
    private static final Set<String> NOT_IN_ONBUILD = Set.of("ONBUILD", "FROM", "MAINTAINER");

    private final String path;
    private final List<String> lines;
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<ParseIssue> issues = new ArrayList<>();
    private String syntax;
    private char escape = '\\';
    private final List<String> checkSkip = new ArrayList<>();
    private int stage = -1;
    private int next;

    private DockerfileParser(String path, List<String> lines) {
        this.path = path;
        this.lines = lines;
    }

    /** Parses text (BOM and CR line endings allowed). */
    public static Dockerfile parse(String path, String text) {
        return new DockerfileParser(path, splitLines(text)).run();
    }

    static List<String> splitLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) == '\n') {
                // one cut per line: the CR before the LF is left out, not cut off a copy
                out.add(t.substring(start, i > start && t.charAt(i - 1) == '\r' ? i - 1 : i));
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(stripCr(t.substring(start)));
        }
        return out;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private Dockerfile run() {
        readDirectives();
        while (next < lines.size()) {
            String raw = lines.get(next);
            int lead = leadingBlanks(raw);
            if (lead == raw.length()) {
                next++;
            } else if (raw.charAt(lead) == '#') {
                comment(next, raw, lead);
                next++;
            } else {
                instruction();
            }
        }
        if (instructions.isEmpty()) {
            issues.add(new ParseIssue(Kind.NO_INSTRUCTIONS, new Pos(1, 1), lines.isEmpty()
                    ? "the file is empty" : "the file has no instructions (only comments and blank lines)"));
        } else {
            for (Instruction i : instructions) {
                if (i.is("FROM")) {
                    break;
                }
                if (!i.is("ARG")) {
                    issues.add(new ParseIssue(Kind.BAD_FIRST_INSTRUCTION, i.pos(),
                            i.keyword() + " before the first FROM: only ARG may come before FROM"));
                    break;
                }
            }
        }
        return new Dockerfile(path, List.copyOf(lines), new Directives(syntax, escape, List.copyOf(checkSkip)),
                List.copyOf(instructions), Stages.build(instructions), List.copyOf(comments), List.copyOf(issues));
    }

    // directives -----------------------------------------------------------------------------------------------

    private void readDirectives() {
        Set<String> seen = new HashSet<>();
        while (next < lines.size()) {
            String raw = lines.get(next);
            String[] kv = directive(raw);
            if (kv == null) {
                return;
            }
            Pos pos = new Pos(next + 1, leadingBlanks(raw) + 1);
            if (!seen.add(kv[0])) {
                issues.add(new ParseIssue(Kind.BAD_DIRECTIVE, pos, "the '" + kv[0] + "' directive is given twice"));
            }
            switch (kv[0]) {
                case "syntax" -> syntax = kv[1];
                case "escape" -> {
                    if (kv[1].equals("`") || kv[1].equals("\\")) {
                        escape = kv[1].charAt(0);
                    } else {
                        issues.add(new ParseIssue(Kind.BAD_DIRECTIVE, pos,
                                "invalid escape character '" + kv[1] + "': only \\ and ` are allowed"));
                    }
                }
                default -> readCheck(kv[1]);
            }
            comments.add(new Comment(next + 1, raw.trim().substring(1).trim()));
            next++;
        }
    }

    private void readCheck(String value) {
        for (String part : value.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("skip=")) {
                for (String name : p.substring(5).split(",")) {
                    if (!name.isBlank()) {
                        checkSkip.add(name.trim());
                    }
                }
            }
        }
    }

    /** {@code # key=value} with key syntax, escape or check (case-insensitive), else null. */
    static String[] directive(String raw) {
        String t = raw.trim();
        if (!t.startsWith("#")) {
            return null;
        }
        t = t.substring(1).trim();
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String key = t.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
            return null;
        }
        return new String[] {key, t.substring(eq + 1).trim()};
    }

    private void comment(int index, String raw, int lead) {
        String text = raw.substring(lead + 1).trim();
        comments.add(new Comment(index + 1, text));
        String[] kv = directive(raw);
        if (kv != null && !kv[0].equals("check")) {
            issues.add(new ParseIssue(Kind.BAD_DIRECTIVE, new Pos(index + 1, lead + 1), "the '" + kv[0]
                    + "' directive is ignored here: parser directives must come before any comment, blank line or "
                    + "instruction"));
        }
    }

    // instructions ---------------------------------------------------------------------------------------------

    private void instruction() {
        Logical.Builder b = new Logical.Builder();
        int firstLine = next;
        String raw = lines.get(next);
        int col = leadingBlanks(raw);
        while (true) {
            String content = raw.substring(col);
            int cut = continuationCut(content);
            if (cut < 0) {
                b.append(content, next + 1, col + 1);
                next++;
                break;
            }
            b.append(content.substring(0, cut), next + 1, col + 1);
            next++;
            while (next < lines.size()) {
                String l = lines.get(next);
                int lead = leadingBlanks(l);
                if (lead == l.length()) {
                    issues.add(new ParseIssue(Kind.EMPTY_CONTINUATION, new Pos(next + 1, 1),
                            "empty line inside a continued instruction (it ends nothing, but future BuildKit "
                                    + "releases will reject it)"));
                } else if (l.charAt(lead) == '#') {
                    comments.add(new Comment(next + 1, l.substring(lead + 1).trim()));
                } else {
                    break;
                }
                next++;
            }
            if (next >= lines.size()) {
                break;
            }
            raw = lines.get(next);
            col = 0;
        }
        Logical text = b.build();
        Instruction i = build(text, 0, firstLine + 1, true);
        if (i != null) {
            instructions.add(i);
        }
    }

    /** Offset where the trailing escape character starts when the line continues, else -1. */
    private int continuationCut(String content) {
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
            end--;
        }
        return end > 0 && content.charAt(end - 1) == escape ? end - 1 : -1;
    }

    private Instruction build(Logical text, int start, int firstLine, boolean topLevel) {
        String t = text.text();
        int k = start;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        int kEnd = k;
        while (kEnd < t.length() && !Character.isWhitespace(t.charAt(kEnd))) {
            kEnd++;
        }
        String written = t.substring(k, kEnd);
        String keyword = written.toUpperCase(Locale.ROOT);
        Pos pos = text.pos(k);
        if (!KEYWORDS.contains(keyword)) {
            issues.add(new ParseIssue(Kind.UNKNOWN_INSTRUCTION, pos, "unknown instruction '" + written + "'"));
            return null;
        }
        int a = kEnd;
        while (a < t.length() && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        List<Flag> flags = new ArrayList<>();
        if (FLAGS.containsKey(keyword)) {
            a = readFlags(text, a, keyword, flags);
        }
        String body = t.substring(a).strip();
        List<Heredoc> heredocs = topLevel && HEREDOC_CAPABLE.contains(keyword) ? heredocs(text, a, body) : List.of();
        List<String> exec = null;
        if (EXEC_CAPABLE.contains(keyword) && meantAsJson(body)) {
            JsonArray.Result r = JsonArray.parse(body);
            if (r.values() != null) {
                exec = List.copyOf(r.values());
            } else {
                issues.add(new ParseIssue(Kind.INVALID_JSON, text.pos(a + r.errorOffset()), "this looks like the "
                        + "exec form but is not a valid JSON array (" + r.error() + "); Docker will run it as a "
                        + "shell command"));
            }
        }
        if (body.isEmpty() && heredocs.isEmpty() && !keyword.equals("HEALTHCHECK")) {
            issues.add(new ParseIssue(Kind.BAD_ARGUMENTS, pos, keyword + " needs arguments"));
        }
        // only FROM, COPY and ADD have a shape to check by their words: other instructions are not split here (a
        // RUN's words are split by the rules that ask, once, through the instruction's memo)
        boolean shaped = !body.isEmpty() && SHAPED.contains(keyword);
        Instruction inner = null;
        if (keyword.equals("ONBUILD") && !body.isEmpty()) {
            inner = build(text, a, firstLine, false);
            if (inner != null && NOT_IN_ONBUILD.contains(inner.keyword())) {
                issues.add(new ParseIssue(Kind.BAD_ONBUILD, inner.pos(),
                        "ONBUILD " + inner.keyword() + " is not allowed"));
            }
        }
        if (keyword.equals("FROM") && topLevel) {
            stage++;
        }
        int endLine = next;
        Instruction i = new Instruction(keyword, written, pos, Math.max(endLine, firstLine), text,
                List.copyOf(flags), body, a, exec, heredocs, inner, stage);
        if (shaped) { // FROM/COPY/ADD carry no ONBUILD instruction: the issue order is the same as checking first
            checkShape(keyword, pos, i.words(), heredocs.size());
        }
        return i;
    }

    /** {@code [ "…} or {@code []}: meant as the exec form ({@code [ -f x ]} is a shell test). */
    private static boolean meantAsJson(String body) {
        if (!body.startsWith("[")) {
            return false;
        }
        int i = 1;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < body.length() && (body.charAt(i) == '"' || body.charAt(i) == '\'' || body.charAt(i) == ']');
    }

    private void checkShape(String keyword, Pos pos, List<String> words, int heredocCount) {
        if (keyword.equals("FROM") && !(words.size() == 1
                || words.size() == 3 && words.get(1).equalsIgnoreCase("as"))) {
            issues.add(new ParseIssue(Kind.BAD_ARGUMENTS, pos, "FROM takes an image and optionally 'AS name'"));
        } else if ((keyword.equals("COPY") || keyword.equals("ADD")) && words.size() < 2 && heredocCount == 0) {
            issues.add(new ParseIssue(Kind.BAD_ARGUMENTS, pos, keyword + " needs at least one source and a "
                    + "destination"));
        }
    }

    private int readFlags(Logical text, int a, String keyword, List<Flag> flags) {
        String t = text.text();
        int i = a;
        while (i + 1 < t.length() && t.charAt(i) == '-' && t.charAt(i + 1) == '-') {
            int end = i;
            char quote = 0;
            while (end < t.length()) {
                char c = t.charAt(end);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (Character.isWhitespace(c)) {
                    break;
                }
                end++;
            }
            String tok = t.substring(i + 2, end);
            int eq = tok.indexOf('=');
            String name = (eq < 0 ? tok : tok.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : unquote(tok.substring(eq + 1));
            Pos p = text.pos(i);
            if (!FLAGS.get(keyword).contains(name)) {
                issues.add(new ParseIssue(Kind.UNKNOWN_FLAG, p, keyword + " has no flag --" + name));
            }
            flags.add(new Flag(name, value, p));
            i = end;
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Finds {@code <<WORD}, {@code <<-WORD}, {@code <<"WORD"} markers and reads their bodies from the next lines. */
    private List<Heredoc> heredocs(Logical text, int bodyStart, String body) {
        List<Heredoc> out = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i + 2 < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            if (c != '<' || body.charAt(i + 1) != '<' || (i > 0 && body.charAt(i - 1) == '<')) {
                continue;
            }
            int j = i + 2;
            if (j < body.length() && body.charAt(j) == '<') {
                i = j;
                continue;
            }
            boolean strip = j < body.length() && body.charAt(j) == '-';
            if (strip) {
                j++;
            }
            char q = j < body.length() && (body.charAt(j) == '"' || body.charAt(j) == '\'') ? body.charAt(j) : 0;
            if (q != 0) {
                j++;
            }
            int ws = j;
            while (j < body.length() && isDelimiterChar(body.charAt(j))) {
                j++;
            }
            String delim = body.substring(ws, j);
            if (q != 0 && j < body.length() && body.charAt(j) == q) {
                j++;
            }
            if (delim.isEmpty()) {
                continue;
            }
            Pos pos = text.pos(bodyStart + i);
            out.add(readHeredoc(delim, q != 0, strip, pos));
            i = j - 1;
        }
        return out;
    }

    private static boolean isDelimiterChar(char c) {
        return !Character.isWhitespace(c) && c != '"' && c != '\'' && c != ';' && c != '|' && c != '&' && c != '>'
                && c != '<' && c != ')' && c != '(';
    }

    private Heredoc readHeredoc(String delim, boolean quoted, boolean strip, Pos pos) {
        StringBuilder body = new StringBuilder();
        int first = next + 1;
        while (next < lines.size()) {
            String l = lines.get(next++);
            String cmp = strip ? stripTabs(l) : l;
            if (cmp.stripTrailing().equals(delim)) {
                return new Heredoc(delim, quoted, strip, body.toString(), pos, first, true);
            }
            body.append(strip ? stripTabs(l) : l).append('\n');
        }
        issues.add(new ParseIssue(Kind.UNTERMINATED_HEREDOC, pos,
                "the here-document is never closed: no line '" + delim + "' before the end of the file"));
        return new Heredoc(delim, quoted, strip, body.toString(), pos, first, false);
    }

    private static String stripTabs(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == '\t') {
            i++;
        }
        return l.substring(i);
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    String path() {
        return path;
    }
}
