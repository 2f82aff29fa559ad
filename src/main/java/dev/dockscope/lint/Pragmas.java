package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Comment;
import dev.dockscope.lint.dockerfile.Dockerfile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inline ignores: {@code # dockscope ignore=DS101,DS203} and {@code # hadolint ignore=DL3008} on the comment lines
 * right above an instruction, {@code # dockscope global ignore=…} / {@code # hadolint global ignore=…} for the whole
 * file, and the BuildKit directive {@code # check=skip=JSONArgsRecommended} (or {@code skip=all}). hadolint ids and
 * BuildKit names are translated through the rule table.
 */
final class Pragmas {
    private final Map<Integer, Set<String>> byLine = new HashMap<>();
    private final Set<String> global = new HashSet<>();
    private final Set<Integer> commentLines = new HashSet<>();

    Pragmas(Dockerfile df, List<RuleMeta> rules) {
        Map<String, Set<String>> alias = new HashMap<>();
        for (RuleMeta m : rules) {
            alias.computeIfAbsent(m.id().toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(m.id());
            for (String h : m.hadolint()) {
                alias.computeIfAbsent(h.toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(m.id());
            }
            for (String b : m.buildkit()) {
                alias.computeIfAbsent(b.toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(m.id());
                alias.computeIfAbsent("ALL", k -> new HashSet<>()).add(m.id());
            }
        }
        for (String skip : df.directives().checkSkip()) {
            global.addAll(alias.getOrDefault(skip.toUpperCase(Locale.ROOT), Set.of()));
        }
        for (Comment c : df.comments()) {
            commentLines.add(c.line());
            String t = c.text().toLowerCase(Locale.ROOT);
            boolean ours = t.startsWith("dockscope");
            if (!ours && !t.startsWith("hadolint")) {
                continue;
            }
            String rest = t.substring(ours ? 9 : 8).trim();
            boolean isGlobal = rest.startsWith("global");
            if (isGlobal) {
                rest = rest.substring(6).trim();
            }
            if (!rest.startsWith("ignore")) {
                continue;
            }
            rest = rest.substring(6).trim();
            if (!rest.startsWith("=")) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (String id : rest.substring(1).split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.addAll(alias.getOrDefault(id.trim().toUpperCase(Locale.ROOT), Set.of()));
                }
            }
            (isGlobal ? global : byLine.computeIfAbsent(c.line(), k -> new HashSet<>())).addAll(ids);
        }
    }

    /** True when {@code rule} is ignored for an instruction starting at {@code line}. */
    boolean ignored(String rule, int line) {
        if (global.contains(rule)) {
            return true;
        }
        for (int l = line - 1; l >= 1 && commentLines.contains(l); l--) {
            Set<String> ids = byLine.get(l);
            if (ids != null && ids.contains(rule)) {
                return true;
            }
        }
        return false;
    }
}
