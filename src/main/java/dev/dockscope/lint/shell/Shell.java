package dev.dockscope.lint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small POSIX-shell word splitter, good enough to find commands in a RUN script across {@code &&}, {@code ||},
 * {@code ;}, {@code |}, {@code &} and newlines. Quotes, escapes, {@code $(…)}, backticks and {@code ${…}} are kept
 * inside words; redirections and their targets are dropped; comments are skipped. One forward pass.
 */
public final class Shell {
    private static final Set<String> RESERVED = Set.of("if", "then", "else", "elif", "fi", "do", "done", "while",
            "until", "!", "{", "}", "time");

    private final String s;
    private final List<Command> out = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<String> assignments = new ArrayList<>();
    private String before = "";
    private StringBuilder cur;
    private int curStart;
    private boolean curQuoted;
    private boolean redirectNext;
    private int i;

    private Shell(String s) {
        this.s = s;
    }

    public static List<Command> commands(String script) {
        return new Shell(script).run();
    }

    private List<Command> run() {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                endWord();
                i++;
            } else if (c == '\n') {
                endCommand(";");
                i++;
            } else if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    word().append(i + 1 < n ? s.charAt(i + 1) : '\\');
                    i += 2;
                }
            } else if (c == '\'') {
                word();
                curQuoted = true;
                int close = s.indexOf('\'', i + 1);
                close = close < 0 ? n : close;
                cur.append(s, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                word();
                curQuoted = true;
                doubleQuoted();
            } else if (c == '$' && i + 1 < n && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                word();
                int end = balanced(i + 1, s.charAt(i + 1), s.charAt(i + 1) == '(' ? ')' : '}');
                cur.append(s, i, end);
                i = end;
            } else if (c == '`') {
                word();
                int close = s.indexOf('`', i + 1);
                close = close < 0 ? n : close + 1;
                cur.append(s, i, close);
                i = close;
            } else if (c == '#' && cur == null) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '&' && i + 1 < n && s.charAt(i + 1) == '&') {
                endCommand("&&");
                i += 2;
            } else if (c == '|' && i + 1 < n && s.charAt(i + 1) == '|') {
                endCommand("||");
                i += 2;
            } else if (c == '>' || c == '<' || (c == '&' && i + 1 < n && s.charAt(i + 1) == '>')) {
                redirection();
            } else if (c == '|' || c == ';' || c == '&' || c == '(' || c == ')') {
                endCommand(c == '(' || c == ')' ? ";" : String.valueOf(c));
                i++;
                if (c == '|' && i < n && s.charAt(i) == '&') {
                    i++;
                }
            } else {
                word().append(c);
                i++;
            }
        }
        endCommand("");
        return out;
    }

    private void doubleQuoted() {
        int n = s.length();
        i++;
        while (i < n && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d == '"' || d == '\\' || d == '$' || d == '`') {
                    cur.append(d);
                } else if (d != '\n') {
                    cur.append(c).append(d);
                }
                i += 2;
            } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                int end = balanced(i + 1, '(', ')');
                cur.append(s, i, end);
                i = end;
            } else {
                cur.append(c);
                i++;
            }
        }
        i++;
    }

    /** The index just past the bracket that closes the one at {@code open}. */
    private int balanced(int open, char o, char c) {
        int depth = 0;
        char quote = 0;
        for (int j = open; j < s.length(); j++) {
            char x = s.charAt(j);
            if (quote != 0) {
                if (x == quote) {
                    quote = 0;
                }
            } else if (x == '\'' || x == '"') {
                quote = x;
            } else if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return j + 1;
            }
        }
        return s.length();
    }

    private void redirection() {
        if (cur != null && !curQuoted && cur.length() > 0 && cur.chars().allMatch(Character::isDigit)) {
            cur = null;
        } else {
            endWord();
        }
        int n = s.length();
        while (i < n && (s.charAt(i) == '<' || s.charAt(i) == '>' || s.charAt(i) == '&' || s.charAt(i) == '|')) {
            i++;
        }
        redirectNext = true;
    }

    private StringBuilder word() {
        if (cur == null) {
            cur = new StringBuilder();
            curStart = i;
            curQuoted = false;
        }
        return cur;
    }

    private void endWord() {
        if (cur == null) {
            return;
        }
        String text = cur.toString();
        cur = null;
        if (redirectNext) {
            redirectNext = false;
            return;
        }
        if (words.isEmpty() && !curQuoted && isAssignment(text)) {
            assignments.add(text);
            return;
        }
        if (words.isEmpty() && !curQuoted && RESERVED.contains(text)) {
            return;
        }
        words.add(new Word(text, curStart, curQuoted));
    }

    private static boolean isAssignment(String t) {
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        for (int k = 0; k < eq; k++) {
            char c = t.charAt(k);
            if (!(c == '_' || Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return !Character.isDigit(t.charAt(0));
    }

    private void endCommand(String op) {
        endWord();
        redirectNext = false;
        if (!words.isEmpty() || !assignments.isEmpty()) {
            out.add(new Command(List.copyOf(assignments), List.copyOf(words), before, op));
            before = op;
        } else if (!op.isEmpty() && !op.equals(";")) {
            before = op;
        }
        // the command holds copies: the same two lists serve the next command
        words.clear();
        assignments.clear();
    }
}
