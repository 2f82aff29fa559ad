package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.ComposeReport.Edge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code depends_on} graph: layers (a service sits one layer above the deepest service it depends on, so the first
 * layer depends on nothing) and cycles (strongly connected components with more than one service, or a service that
 * depends on itself). Services in a cycle are left out of the layers.
 */
public final class DependencyGraph {
    private DependencyGraph() {
    }

    public static List<List<String>> layers(Collection<String> services, List<Edge> edges) {
        Map<String, List<String>> deps = dependencies(services, edges);
        Set<String> cyclic = new TreeSet<>();
        cycles(services, edges).forEach(cyclic::addAll);
        Map<String, Integer> depth = new HashMap<>();
        for (String s : new TreeSet<>(services)) {
            depth(s, deps, cyclic, depth);
        }
        List<List<String>> layers = new ArrayList<>();
        for (String s : new TreeSet<>(services)) {
            int d = depth.getOrDefault(s, -1);
            if (d < 0) {
                continue;
            }
            while (layers.size() <= d) {
                layers.add(new ArrayList<>());
            }
            layers.get(d).add(s);
        }
        return layers.stream().map(List::copyOf).toList();
    }

    /** -1 for services in or above a cycle. */
    private static int depth(String s, Map<String, List<String>> deps, Set<String> cyclic, Map<String, Integer> memo) {
        Integer known = memo.get(s);
        if (known != null) {
            return known;
        }
        if (cyclic.contains(s)) {
            memo.put(s, -1);
            return -1;
        }
        memo.put(s, -1); // guards against cycles the caller did not see
        int d = 0;
        for (String t : deps.getOrDefault(s, List.of())) {
            if (!deps.containsKey(t)) {
                continue; // an undefined service: reported elsewhere
            }
            int td = depth(t, deps, cyclic, memo);
            if (td < 0) {
                return -1;
            }
            d = Math.max(d, td + 1);
        }
        memo.put(s, d);
        return d;
    }

    /** Each cycle as its services, sorted; found with Tarjan's strongly connected components. */
    public static List<List<String>> cycles(Collection<String> services, List<Edge> edges) {
        Map<String, List<String>> deps = dependencies(services, edges);
        Tarjan t = new Tarjan(deps);
        for (String s : new TreeSet<>(services)) {
            if (!t.index.containsKey(s)) {
                t.visit(s);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> scc : t.components) {
            String only = scc.get(0);
            if (scc.size() > 1 || deps.getOrDefault(only, List.of()).contains(only)) {
                out.add(List.copyOf(new TreeSet<>(scc)));
            }
        }
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    private static Map<String, List<String>> dependencies(Collection<String> services, List<Edge> edges) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (String s : services) {
            deps.put(s, new ArrayList<>());
        }
        for (Edge e : edges) {
            if (deps.containsKey(e.from())) {
                deps.get(e.from()).add(e.to());
            }
        }
        return deps;
    }

    private static final class Tarjan {
        final Map<String, List<String>> deps;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final List<String> stack = new ArrayList<>();
        final Set<String> onStack = new java.util.HashSet<>();
        final List<List<String>> components = new ArrayList<>();
        int next;

        Tarjan(Map<String, List<String>> deps) {
            this.deps = deps;
        }

        void visit(String v) {
            index.put(v, next);
            low.put(v, next);
            next++;
            stack.add(v);
            onStack.add(v);
            for (String w : deps.getOrDefault(v, List.of())) {
                if (!deps.containsKey(w)) {
                    continue;
                }
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> scc = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    onStack.remove(w);
                    scc.add(w);
                } while (!w.equals(v));
                components.add(scc);
            }
        }
    }
}
