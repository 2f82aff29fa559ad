package dev.dockscope.analysis.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.compose.ComposeReport.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    static Edge e(String from, String to) {
        return new Edge(from, to, "service_started", true);
    }

    @Test
    void layersByLongestPath() {
        List<String> s = List.of("web", "api", "db", "cache", "worker");
        List<Edge> edges = List.of(e("web", "api"), e("api", "db"), e("web", "cache"), e("worker", "db"));
        assertEquals(List.of(List.of("cache", "db"), List.of("api", "worker"), List.of("web")),
                DependencyGraph.layers(s, edges));
        assertTrue(DependencyGraph.cycles(s, edges).isEmpty());
    }

    @Test
    void cyclesAreFoundAndLeftOutOfLayers() {
        List<String> s = List.of("a", "b", "c", "d", "self", "top");
        List<Edge> edges = List.of(e("a", "b"), e("b", "c"), e("c", "a"), e("self", "self"), e("top", "a"));
        assertEquals(List.of(List.of("a", "b", "c"), List.of("self")), DependencyGraph.cycles(s, edges));
        assertEquals(List.of(List.of("d")), DependencyGraph.layers(s, edges), "top depends on a cycle");
    }

    @Test
    void undefinedDependenciesDoNotBreakTheLayers() {
        assertEquals(List.of(List.of("web")), DependencyGraph.layers(List.of("web"), List.of(e("web", "ghost"))));
    }
}
