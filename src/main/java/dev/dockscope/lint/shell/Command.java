package dev.dockscope.lint.shell;

import java.util.List;
import java.util.Set;

/**
 * A simple command: leading {@code NAME=value} assignments, its words (redirections removed), and the operators
 * around it ({@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, or "" at either end).
 */
public record Command(List<String> assignments, List<Word> words, String before, String after) {
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "exec", "nohup", "time", "command", "doas",
            "xargs");

    public String name() {
        return words.isEmpty() ? "" : words.get(0).text();
    }

    /** The command's base name ({@code /usr/bin/apt-get} gives {@code apt-get}). */
    public String program() {
        String n = name();
        int slash = n.lastIndexOf('/');
        return slash >= 0 ? n.substring(slash + 1) : n;
    }

    public int offset() {
        return words.isEmpty() ? 0 : words.get(0).offset();
    }

    /** The word texts after the name. */
    public List<String> args() {
        return words.size() <= 1 ? List.of() : words.subList(1, words.size()).stream().map(Word::text).toList();
    }

    public boolean has(String arg) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).text().equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /** True when any argument starts with {@code prefix}. */
    public boolean hasPrefix(String prefix) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).text().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The first argument that is not an option, or "". */
    public String subcommand() {
        for (int i = 1; i < words.size(); i++) {
            String t = words.get(i).text();
            if (!t.startsWith("-")) {
                return t;
            }
        }
        return "";
    }

    /** Arguments that are not options, after the subcommand. */
    public List<Word> operands() {
        List<Word> out = new java.util.ArrayList<>();
        boolean sub = false;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.text().startsWith("-")) {
                continue;
            }
            if (!sub) {
                sub = true;
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** This command with {@code sudo}, {@code env A=B}, {@code exec}, {@code nohup}, {@code time} peeled off. */
    public Command unwrapped() {
        int i = 0;
        while (i < words.size() && WRAPPERS.contains(words.get(i).text())) {
            i++;
            while (i < words.size() && (words.get(i).text().startsWith("-") || words.get(i).text().contains("="))) {
                i++;
            }
        }
        return i == 0 ? this : new Command(assignments, words.subList(i, words.size()), before, after);
    }

    /** True for {@code program} with its first non-option argument {@code sub} (e.g. apt-get install). */
    public boolean is(String program, String sub) {
        return program().equals(program) && subcommand().equals(sub);
    }
}
