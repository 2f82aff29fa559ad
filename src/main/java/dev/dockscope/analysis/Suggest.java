package dev.dockscope.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the closest names by edit distance, with substring matches first. */
public final class Suggest {
    private Suggest() {
    }

    public static List<String> closest(String wanted, Collection<String> names, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return names.stream().distinct()
                .map(n -> new Object[] {n, score(w, n.toLowerCase(Locale.ROOT))})
                .filter(o -> (int) o[1] <= Math.max(3, w.length() / 2))
                .sorted(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .limit(max)
                .map(o -> (String) o[0])
                .toList();
    }

    private static int score(String wanted, String name) {
        if (name.equals(wanted)) {
            return 0;
        }
        String bare = name.endsWith(":latest") ? name.substring(0, name.length() - 7) : name;
        if (bare.contains(wanted) || wanted.contains(bare)) {
            return 1;
        }
        return distance(wanted, bare);
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
