package dev.dockscope.lint.shell;

import dev.dockscope.lint.dockerfile.RecordMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A simple command: leading {@code NAME=value} assignments, its words (redirections removed), and the operators
 * around it ({@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, or "" at either end).
 */
public record Command(List<String> assignments, List<Word> words, String before, String after, Memo memo) {
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "exec", "nohup", "time", "command", "doas",
            "xargs");

    public Command(List<String> assignments, List<Word> words, String before, String after) {
        this(assignments, words, before, after, new Memo());
    }

    /**
     * The program name and subcommand, worked out once: 85 rules ask them of every command. Equal to every other
     * memo, so commands compare as their parts.
     */
    public static final class Memo extends RecordMemo {
        // volatile: rules may run on two threads (Linter, large files); either thread computes the same value
        private volatile String program;
        private volatile String subcommand;

        Memo() {
        }
    }

    public String name() {
        return words.isEmpty() ? "" : words.get(0).text();
    }

    /** The command's base name ({@code /usr/bin/apt-get} gives {@code apt-get}). */
    public String program() {
        if (memo.program == null) {
            String n = name();
            int slash = n.lastIndexOf('/');
            memo.program = slash >= 0 ? n.substring(slash + 1) : n;
        }
        return memo.program;
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
        if (memo.subcommand == null) {
            String sub = "";
            for (int i = 1; i < words.size(); i++) {
                String t = words.get(i).text();
                if (!t.startsWith("-")) {
                    sub = t;
                    break;
                }
            }
            memo.subcommand = sub;
        }
        return memo.subcommand;
    }

    /** Arguments that are not options, after the subcommand. */
    public List<Word> operands() {
        List<Word> out = new ArrayList<>();
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
        // asked of every command by many rules: different names almost always differ in their cached hash codes
        String p = program();
        return p.hashCode() == program.hashCode() && p.equals(program) && subcommand().equals(sub);
    }
}
