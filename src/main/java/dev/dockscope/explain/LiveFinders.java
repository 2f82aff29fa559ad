package dev.dockscope.explain;

import dev.dockscope.concepts.Concept;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one explicit list of live examples: one finder per card, in card order. */
public final class LiveFinders {
    private LiveFinders() {
    }

    /** With the Dockerfile card's view supplied by the caller (e.g. the linter's cache-order view). */
    public static List<LiveFinder> all(DockerfileInsight dockerfile) {
        return List.of(
                new ContainerLive(),
                new NamespaceCgroupLive(),
                new ImageLive(),
                new LayerCacheLive(),
                new MultiStageLive(),
                new DockerfileLive(dockerfile),
                new RegistryLive(),
                new VolumeLive(),
                new NetworkLive(),
                new ComposeLive(),
                new RuntimeLive(),
                new HealthCheckLive());
    }

    public static Map<Concept, LiveFinder> byConcept(List<LiveFinder> finders) {
        Map<Concept, LiveFinder> m = new EnumMap<>(Concept.class);
        finders.forEach(f -> m.put(f.concept(), f));
        return m;
    }
}
