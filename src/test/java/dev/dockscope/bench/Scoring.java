package dev.dockscope.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores lint findings against an expert's labels (see {@code bench/lint/LABELS.md}). A label is found when a
 * finding of its kind sits on the same instruction within one line (a label without a line, "something missing",
 * is found by any finding of its kind in the file); a finding is right when it sits within one line of a label of
 * its kind, or its file has a line-less label of that kind. Findings of one kind on one line count once, whichever
 * and however many rules reported them.
 */
public final class Scoring {
    /** The cache-order kinds, scored together as well as one by one. */
    public static final List<String> CACHE_ORDER = List.of("context-before-install", "volatile-before-expensive",
            "apt-update-separate");

    /** Every kind the labels use, in report order. */
    public static final List<String> KINDS = List.of("context-before-install", "volatile-before-expensive",
            "apt-update-separate", "cache-left", "toolchain-in-final", "unpinned-base", "add-for-copy",
            "shell-form-cmd", "root-final", "no-healthcheck", "secret-in-arg-env");

    /**
     * dockscope rule id to label kind: the one place the two vocabularies meet. Rules not listed here report
     * things no label kind covers and are not scored (see LABELS.md, "Mapping to dockscope rules").
     */
    public static final Map<String, String> RULE_KIND = Map.ofEntries(
            Map.entry("DS101", "context-before-install"),
            Map.entry("DS107", "context-before-install"),
            Map.entry("DS102", "volatile-before-expensive"),
            Map.entry("DS103", "apt-update-separate"),
            Map.entry("DS201", "cache-left"),
            Map.entry("DS202", "cache-left"),
            Map.entry("DS203", "cache-left"),
            Map.entry("DS204", "cache-left"),
            Map.entry("DS205", "cache-left"),
            Map.entry("DS211", "cache-left"),
            Map.entry("DS213", "cache-left"),
            Map.entry("DS208", "toolchain-in-final"),
            Map.entry("DS301", "unpinned-base"),
            Map.entry("DS302", "unpinned-base"),
            Map.entry("DS311", "add-for-copy"),
            Map.entry("DS312", "shell-form-cmd"),
            Map.entry("DS401", "root-final"),
            Map.entry("DS402", "root-final"),
            Map.entry("DS406", "no-healthcheck"),
            Map.entry("DS403", "secret-in-arg-env"));

    private Scoring() {
    }

    /** One expert label; {@code line} null means the file as a whole. */
    public record Label(String kind, Integer line, String why) {
        public Label {
            Objects.requireNonNull(kind, "kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown label kind: " + kind);
            }
        }
    }

    /** One linter finding, already mapped to a kind; {@code line} is the first line of its instruction. */
    public record Found(String kind, int line, String rule, String message) {
    }

    /** One corpus file: its labels and the mapped findings. */
    public record FileInput(String file, List<Label> labels, List<Found> findings) {
    }

    /** A label nothing found. */
    public record Miss(String file, Label label) {
    }

    /** A finding (one kind, one line) no label supports; {@code rules} and {@code messages} of what reported it. */
    public record FalseAlarm(String file, String kind, int line, List<String> rules, List<String> messages) {
    }

    /** Counts for one kind or group. */
    public record Counts(String name, int labels, int labelsFound, int findings, int findingsRight) {
        public Optional<Double> precision() {
            return findings == 0 ? Optional.empty() : Optional.of((double) findingsRight / findings);
        }

        public Optional<Double> recall() {
            return labels == 0 ? Optional.empty() : Optional.of((double) labelsFound / labels);
        }

        Counts plus(Counts o, String as) {
            return new Counts(as, labels + o.labels, labelsFound + o.labelsFound, findings + o.findings,
                    findingsRight + o.findingsRight);
        }
    }

    /** The whole score: per kind, the cache-order group, the total, and what went wrong. */
    public record Result(int files, List<Counts> perKind, Counts cacheOrder, Counts total, List<Miss> misses,
                         List<FalseAlarm> falseAlarms) {
    }

    /** Maps a rule id to its kind, or empty when the rule is not scored. */
    public static Optional<String> kindOf(String rule) {
        return Optional.ofNullable(RULE_KIND.get(rule));
    }

    public static Result score(List<FileInput> files) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String k : KINDS) {
            counts.put(k, new int[4]);
        }
        List<Miss> misses = new ArrayList<>();
        List<FalseAlarm> alarms = new ArrayList<>();
        for (FileInput f : files) {
            for (Label l : f.labels()) {
                int[] c = counts.get(l.kind());
                c[0]++;
                if (f.findings().stream().anyMatch(x -> matches(l, x))) {
                    c[1]++;
                } else {
                    misses.add(new Miss(f.file(), l));
                }
            }
            // one finding per (kind, line), whatever rules reported it
            Map<String, List<Found>> distinct = new LinkedHashMap<>();
            for (Found x : f.findings()) {
                distinct.computeIfAbsent(x.kind() + "\u0000" + x.line(), k -> new ArrayList<>()).add(x);
            }
            for (List<Found> same : distinct.values()) {
                Found x = same.get(0);
                int[] c = counts.get(x.kind());
                if (c == null) {
                    throw new IllegalArgumentException("finding of unknown kind: " + x.kind());
                }
                c[2]++;
                if (f.labels().stream().anyMatch(l -> matches(l, x))) {
                    c[3]++;
                } else {
                    Set<String> rules = new LinkedHashSet<>();
                    Set<String> messages = new LinkedHashSet<>();
                    for (Found s : same) {
                        rules.add(s.rule());
                        messages.add(s.message());
                    }
                    alarms.add(new FalseAlarm(f.file(), x.kind(), x.line(), List.copyOf(rules),
                            List.copyOf(messages)));
                }
            }
        }
        List<Counts> perKind = new ArrayList<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            perKind.add(new Counts(e.getKey(), c[0], c[1], c[2], c[3]));
        }
        Counts cache = new Counts("cache-order", 0, 0, 0, 0);
        Counts total = new Counts("total", 0, 0, 0, 0);
        for (Counts c : perKind) {
            if (CACHE_ORDER.contains(c.name())) {
                cache = cache.plus(c, "cache-order");
            }
            total = total.plus(c, "total");
        }
        return new Result(files.size(), perKind, cache, total, misses, alarms);
    }

    /** A finding supports a label of its kind on the same line ±1, or any line-less label of its kind. */
    static boolean matches(Label l, Found x) {
        if (!l.kind().equals(x.kind())) {
            return false;
        }
        return l.line() == null || Math.abs(l.line() - x.line()) <= 1;
    }
}
