package dev.dockscope.analysis;

import dev.dockscope.model.text.EditDistance;
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
        return EditDistance.between(wanted, bare);
    }
}
