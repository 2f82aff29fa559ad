package dev.dockscope.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names made of one to four parts picked at random (seeded, so every run checks the same names): the inputs on
 * which a rule's hand-written name check is compared with the regular expression it replaced.
 */
final class GeneratedNames {
    private GeneratedNames() {
    }

    static List<String> of(String[] parts, long seed, int count) {
        List<String> names = new ArrayList<>(count);
        Random rnd = new Random(seed);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + rnd.nextInt(4);
            for (int j = 0; j < k; j++) {
                b.append(parts[rnd.nextInt(parts.length)]);
            }
            names.add(b.toString());
        }
        return names;
    }
}
