package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Heredoc;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Pos;
import dev.dockscope.lint.shell.Command;
import dev.dockscope.lint.shell.Shell;
import dev.dockscope.lint.shell.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shell script a RUN executes and the commands found in it: the shell form's text, {@code sh -c "…"} in the
 * exec form, or the here-document body of {@code RUN <<EOF}. Offsets map back to file positions.
 */
public final class RunScript {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "/bin/sh", "/bin/bash",
            "/bin/ash", "/bin/dash", "/usr/bin/env");

    private final Instruction run;
    private final String script;
    private final List<Command> commands;
    private final Heredoc heredoc;
    // rules may run on two threads (Linter, large files): the views are volatile (computed the same by either
    // thread, published whole) and the answers of contains a concurrent map
    private volatile int[] lineStarts;
    private volatile List<Command> unwrapped;
    /** Answers of {@link #contains}, per text asked. */
    private volatile Map<String, Boolean> mentions;
    /** Scripts up to this many characters answer {@link #contains} by a scan: no map of answers per RUN. */
    private static final int SCAN_UP_TO = 256;

    private RunScript(Instruction run, String script, List<Command> commands, Heredoc heredoc) {
        this.run = run;
        this.script = script;
        this.commands = commands;
        this.heredoc = heredoc;
    }

    public static RunScript of(Instruction run) {
        if (run.exec() != null) {
            List<String> e = run.exec();
            int c = e.indexOf("-c");
            if (!e.isEmpty() && SHELLS.contains(e.get(0)) && c > 0 && c + 1 < e.size()) {
                String s = e.get(c + 1);
                return new RunScript(run, s, Shell.commands(s), null);
            }
            List<Word> words = new ArrayList<>();
            for (String w : e) {
                words.add(new Word(w, 0, true));
            }
            return new RunScript(run, String.join(" ", e), e.isEmpty() ? List.of()
                    : List.of(new Command(List.of(), words, "", "")), null);
        }
        String body = run.body();
        if (!run.heredocs().isEmpty()) {
            Heredoc h = run.heredocs().get(0);
            String head = body.substring(0, Math.max(0, body.indexOf("<<"))).trim();
            if (head.isEmpty() || SHELLS.contains(head)) {
                return new RunScript(run, h.body(), Shell.commands(h.body()), h);
            }
        }
        return new RunScript(run, body, Shell.commands(body), null);
    }

    public Instruction instruction() {
        return run;
    }

    public String script() {
        return script;
    }

    /**
     * Whether the script contains {@code text}. Kept per text: rules ask it inside their loop over the script's
     * commands, and a scan of the whole script per command is quadratic in one long RUN.
     */
    public boolean contains(String text) {
        if (script.length() <= SCAN_UP_TO) {
            return script.contains(text); // a short script is scanned again sooner than an answer is looked up
        }
        Map<String, Boolean> m = mentions;
        if (m == null) {
            m = new ConcurrentHashMap<>();
            mentions = m;
        }
        Boolean known = m.get(text);
        if (known == null) {
            known = script.contains(text);
            m.put(text, known);
        }
        return known;
    }

    public List<Command> commands() {
        return commands;
    }

    /** The commands with sudo/env/exec wrappers peeled off. */
    public List<Command> unwrapped() {
        List<Command> u = unwrapped;
        if (u == null) {
            // the first list made is the one every caller gets (rules may compare its commands by identity)
            synchronized (this) {
                u = unwrapped;
                if (u == null) {
                    u = commands.stream().map(Command::unwrapped).toList();
                    unwrapped = u;
                }
            }
        }
        return u;
    }

    /** The first command running {@code program} with subcommand {@code sub} (null sub: any), or null. */
    public Command find(String program, String sub) {
        int hash = program.hashCode();
        List<Command> u = unwrapped();
        // by index: rules ask this of every RUN, and an iterator per question is an allocation (C1 keeps it)
        for (int k = 0, n = u.size(); k < n; k++) {
            Command c = u.get(k);
            String p = c.program();
            // cached hash codes first: most commands run another program
            if (p.hashCode() == hash && p.equals(program) && (sub == null || c.subcommand().equals(sub))) {
                return c;
            }
        }
        return null;
    }

    public boolean runs(String program) {
        return find(program, null) != null;
    }

    /** Where the character at {@code offset} of the script stands in the file. */
    public Pos pos(int offset) {
        if (run.exec() != null) {
            return run.pos();
        }
        if (heredoc != null) {
            int[] ls = lineStarts;
            if (ls == null) {
                List<Integer> starts = new ArrayList<>();
                starts.add(0);
                for (int i = 0; i < script.length(); i++) {
                    if (script.charAt(i) == '\n') {
                        starts.add(i + 1);
                    }
                }
                ls = starts.stream().mapToInt(Integer::intValue).toArray();
                lineStarts = ls;
            }
            int k = Arrays.binarySearch(ls, offset);
            k = k < 0 ? -k - 2 : k;
            return new Pos(heredoc.firstLine() + k, offset - ls[k] + 1);
        }
        return run.bodyPos(offset);
    }

    public Pos pos(Command c) {
        return pos(c.offset());
    }

    public Pos pos(Word w) {
        return pos(w.offset());
    }
}
