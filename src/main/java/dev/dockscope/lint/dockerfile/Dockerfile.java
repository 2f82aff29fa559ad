package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed Dockerfile. Parsing never throws: problems are {@link ParseIssue}s with positions.
 *
 * @param path         the path shown in findings
 * @param lines        the physical lines (BOM and CR removed), for code frames
 * @param directives   parser directives
 * @param instructions every instruction in order
 * @param stages       the build stages in order
 * @param comments     every comment line outside here-documents
 * @param issues       parse problems
 * @param memo         look-ups built once (stages by name, the global ARG defaults); no part of the value
 */
public record Dockerfile(String path, List<String> lines, Directives directives, List<Instruction> instructions,
                         List<Stage> stages, List<Comment> comments, List<ParseIssue> issues, Memo memo) {

    public Dockerfile(String path, List<String> lines, Directives directives, List<Instruction> instructions,
                      List<Stage> stages, List<Comment> comments, List<ParseIssue> issues) {
        this(path, lines, directives, instructions, stages, comments, issues, new Memo());
    }

    /**
     * Stage look-ups built on first use: rules ask {@link #stage} for every stage and instruction, and a scan of
     * every stage per question is quadratic in a file of many stages. Equal to every other memo.
     */
    public static final class Memo extends RecordMemo {
        // volatile: rules may run on two threads (Linter, large files); each map is filled before it is published
        // and never changed after
        private volatile Map<String, Stage> byKey;
        private volatile Map<String, String> argDefaults;

        Memo() {
        }
    }

    /** ARG instructions before the first FROM. */
    public List<Instruction> globalArgs() {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.stage() >= 0) {
                break;
            }
            if (i.is("ARG")) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The stage named {@code name} (case-insensitive) or with that index; null when none. A name built from global
     * ARGs ({@code FROM build_${BUILD_ENV}}) is looked up with their defaults.
     */
    public Stage stage(String name) {
        if (name == null) {
            return null;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (name.indexOf('$') >= 0) {
            if (memo.argDefaults == null) {
                Map<String, String> defaults = new HashMap<>();
                for (Instruction a : globalArgs()) {
                    for (String w : a.words()) {
                        int eq = w.indexOf('=');
                        if (eq > 0) {
                            defaults.put(w.substring(0, eq), w.substring(eq + 1));
                        }
                    }
                }
                memo.argDefaults = defaults;
            }
            key = Variables.expand(name, directives.escape(), memo.argDefaults).toLowerCase(Locale.ROOT);
            if (key.indexOf('$') >= 0 || key.isEmpty()) {
                return null;
            }
        }
        if (memo.byKey == null) {
            Map<String, Stage> byKey = new HashMap<>();
            for (Stage s : stages) {
                if (s.key() != null) {
                    byKey.putIfAbsent(s.key(), s);
                }
            }
            memo.byKey = byKey;
        }
        Stage named = memo.byKey.get(key);
        if (named != null) {
            return named;
        }
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 6) {
            int idx = Integer.parseInt(key);
            return idx < stages.size() ? stages.get(idx) : null;
        }
        return null;
    }

    public Stage finalStage() {
        return stages.isEmpty() ? null : stages.get(stages.size() - 1);
    }

    /** The physical line (1-based), or "" when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
