package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Pos;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs every rule over one parsed Dockerfile and applies ignores (command line, config, inline pragmas, BuildKit
 * {@code check=skip}) and severity overrides. Findings come back sorted by line, column, rule.
 */
public final class Linter {
    private final List<Rule> rules;
    private final List<RuleMeta> metas;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.metas = rules.stream().map(Rule::meta).toList();
    }

    public List<Finding> lint(LintContext ctx, Collection<String> cliIgnores) {
        Dockerfile df = ctx.df();
        Config config = ctx.config();
        Set<String> ignored = new HashSet<>();
        for (String id : cliIgnores) {
            ignored.add(id.trim().toUpperCase(Locale.ROOT));
        }
        for (String id : config.ignore()) {
            ignored.add(id.trim().toUpperCase(Locale.ROOT));
        }
        Pragmas pragmas = new Pragmas(df, metas);
        int[] starts = new int[df.instructions().size()];
        int[] ends = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
            Instruction i = df.instructions().get(k);
            starts[k] = i.line();
            ends[k] = i.endLine();
        }
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            if (ignored.contains(m.id())) {
                continue;
            }
            Severity severity = severity(m, config);
            if (severity == null) {
                continue;
            }
            Reporter r = new Reporter() {
                @Override
                public void report(Pos pos, String message) {
                    report(pos, message, m.fix());
                }

                @Override
                public void report(Pos pos, String message, String fix) {
                    int anchor = instructionStart(starts, ends, pos.line());
                    if (!pragmas.ignored(m.id(), anchor)) {
                        out.add(new Finding(df.path(), pos.line(), pos.column(), m.id(), severity, m.title(),
                                message, fix, m.concept(), Sanitizer.line(df.line(pos.line()))));
                    }
                }
            };
            rule.check(ctx, r);
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::rule));
        return out;
    }

    /** The effective severity, or null when the config turns the rule off. */
    static Severity severity(RuleMeta m, Config config) {
        String s = config.severity().get(m.id());
        if (s == null) {
            return m.severity();
        }
        try {
            return Severity.parseSetting(s).orElse(null);
        } catch (IllegalArgumentException e) {
            return m.severity();
        }
    }

    /** The first line of the instruction that contains {@code line} (or {@code line} itself). */
    private static int instructionStart(int[] starts, int[] ends, int line) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > line) {
                hi = mid - 1;
            } else if (ends[mid] < line) {
                lo = mid + 1;
            } else {
                return starts[mid];
            }
        }
        return line;
    }
}
