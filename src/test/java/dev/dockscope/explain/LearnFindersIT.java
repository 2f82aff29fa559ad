package dev.dockscope.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.container.Usage;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.docker.EndpointResolver;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live finders on the real daemon, looking only at the objects this class creates (a filtering context in front
 * of the real answers), so the picks are exact even when other tests share the daemon.
 */
@ExtendWith(DaemonExtension.class)
class LearnFindersIT {
    static final String P = TestDaemon.name("learn");
    static DaemonReader daemon;
    static LiveContext ctx;
    static final Map<Concept, LiveFinder> FINDERS = LiveFinders.byConcept(LiveFinders.all(new LintInsight()));

    @BeforeAll
    static void createObjects() throws Exception {
        TestDaemon.build(P + "-app:1", String.join("\n",
                "FROM " + TestDaemon.baseImage(),
                "ENV API_TOKEN=hunter2 MODE=demo",
                "RUN head -c 300000 /dev/zero > /big.bin",
                "RUN echo hi > /small.txt",
                "EXPOSE 8080",
                "USER 1000",
                "CMD [\"sleep\", \"600\"]", ""), Map.of());
        TestDaemon.track("network", P + "-net");
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=learn", P + "-net");
        TestDaemon.track("network", P + "-quiet");
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=learn", P + "-quiet");
        TestDaemon.track("volume", P + "-data");
        TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=learn", P + "-data");
        TestDaemon.track("volume", P + "-spare");
        TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=learn", P + "-spare");
        for (int i = 1; i <= 3; i++) {
            TestDaemon.track("container", P + "-c" + i);
            TestDaemon.docker("run", "-d", "--name", P + "-c" + i, "--network", P + "-net", "-v", P + "-data:/data",
                    "--label", TestDaemon.LABEL + "=learn",
                    "--label", "com.docker.compose.project=" + P + "-proj",
                    "--label", "com.docker.compose.service=svc" + i,
                    "--memory", "64m", "--pids-limit", "50", P + "-app:1", "sleep", "600");
        }
        TestDaemon.track("container", P + "-sick");
        TestDaemon.docker("run", "-d", "--name", P + "-sick", "--network", "none", "--label", TestDaemon.LABEL + "=learn",
                "--health-cmd", "echo probing; exit 3", "--health-interval", "1s", "--health-retries", "1",
                P + "-app:1", "sleep", "600");
        for (int i = 0; i < 60 && !TestDaemon.docker("inspect", "-f", "{{.State.Health.Status}}", P + "-sick")
                .equals("unhealthy"); i++) {
            Thread.sleep(500);
        }
        Map<String, String> env = Map.of("DOCKER_HOST", TestDaemon.host());
        daemon = new DaemonReader(new EndpointResolver(env::get).resolve(null, null));
        Engine engine = new Engine(daemon);
        ctx = new OnlyOurs(new DaemonLiveContext(() -> engine, Path.of("/nonexistent")));
    }

    @AfterAll
    static void close() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private static LiveExample find(Concept c) {
        return FINDERS.get(c).find(ctx);
    }

    @Test
    void containerCardShowsOneOfOurRunningContainersWithItsPid1AndWritableLayer() {
        LiveExample e = find(Concept.CONTAINER);
        assertTrue(e.found(), e.toString());
        assertTrue(String.valueOf(e.raw().get("name")).startsWith(P), e.toString());
        assertEquals(List.of("sleep", "600"), e.raw().get("pid1"), e.toString());
        assertEquals("running", e.raw().get("state"));
        assertTrue(((Number) e.raw().get("hostPid")).longValue() > 0, e.toString());
    }

    @Test
    void namespaceCardReadsModesLimitsAndAStatsSample() {
        // the newest running container of ours is picked (containers made in the same second tie, so which one is
        // not fixed): its namespace modes must be what the daemon says; then a limited one through the same code
        LiveExample e = find(Concept.NAMESPACE_CGROUP);
        assertTrue(e.found(), e.toString());
        @SuppressWarnings("unchecked")
        Map<String, String> modes = (Map<String, String>) e.raw().get("namespaceModes");
        String picked = String.valueOf(e.raw().get("container"));
        assertTrue(picked.startsWith(P), e.toString());
        assertEquals(TestDaemon.docker("inspect", "-f", "{{.HostConfig.NetworkMode}}", picked), modes.get("net"),
                e.toString());
        String limited = TestDaemon.docker("inspect", "-f", "{{.Id}}", P + "-c1");
        ContainerDetails.HostConfig hc = ctx.container(limited).hostConfig();
        assertEquals(64L * 1024 * 1024, hc.memory());
        ContainerStats stats = ctx.stats(limited).orElseThrow();
        long used = Usage.memoryNetOfCache(stats);
        assertTrue(used > 0 && used < 64L * 1024 * 1024, "memory used " + used);
        assertTrue(stats.pids() >= 1, stats.toString());
    }

    @Test
    void imageCardShowsOurImagesConfigWithTheTokenRedacted() {
        LiveExample e = find(Concept.IMAGE);
        assertTrue(e.found(), e.toString());
        assertEquals(P + "-app:1", e.raw().get("image"));
        assertEquals(List.of("sleep", "600"), e.raw().get("cmd"));
        assertEquals("1000", e.raw().get("user"));
        assertEquals(List.of("8080/tcp"), e.raw().get("exposedPorts"));
        String all = Json.write(e);
        assertTrue(all.contains("API_TOKEN=<redacted>") && all.contains("MODE=demo"), all);
        assertFalse(all.contains("hunter2"), all);
    }

    @Test
    void layerCacheCardFindsTheBiggestLayerAndItsInstruction() {
        LiveExample e = find(Concept.LAYER_CACHE);
        assertTrue(e.found(), e.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> biggest = (Map<String, Object>) e.raw().get("biggestLayer");
        // busybox itself (about 2 MB) is the biggest layer of our image: the COPY of the base
        assertTrue(String.valueOf(biggest.get("instruction")).startsWith("COPY a file ("), biggest.toString());
        String all = Json.write(e);
        assertTrue(all.contains("RUN head -c 300000 /dev/zero > /big.bin"), all);
        assertTrue(all.contains("ENV API_TOKEN=<redacted> MODE=demo"), all);
        assertFalse(all.contains("hunter2"), all);
        assertFalse(all.contains("#(nop)"), all);
    }

    @Test
    void healthCardFindsTheUnhealthyContainerAndItsProbes() {
        LiveExample e = find(Concept.HEALTH_CHECK);
        assertTrue(e.found(), e.toString());
        assertEquals(P + "-sick", e.raw().get("container"));
        assertEquals("unhealthy", e.raw().get("status"));
        List<?> probes = (List<?>) e.raw().get("probes");
        assertFalse(probes.isEmpty(), e.toString());
        assertTrue(Json.write(e).contains("\"exitCode\" : 3"), Json.write(e));
        assertTrue(Json.write(e).contains("probing"), Json.write(e));
    }

    @Test
    void networkCardPicksOurBusiestInternalNetworkWithItsContainersAndAddresses() {
        LiveExample e = find(Concept.NETWORK);
        assertTrue(e.found(), e.toString());
        assertEquals(P + "-net", e.raw().get("network"));
        assertEquals(true, e.raw().get("internal"));
        List<?> members = (List<?>) e.raw().get("containers");
        assertEquals(3, members.size(), e.toString());
        assertTrue(Json.write(e).contains("\"ipv4Address\" : \""), Json.write(e));
    }

    @Test
    void volumeCardPicksTheVolumeMountedByAllThreeContainers() {
        LiveExample e = find(Concept.VOLUME);
        assertTrue(e.found(), e.toString());
        assertEquals(P + "-data", e.raw().get("volume"));
        assertEquals(3, ((List<?>) e.raw().get("mountedBy")).size(), e.toString());
        assertEquals(false, e.raw().get("anonymous"));
    }

    @Test
    void composeCardGroupsOurLabelledContainersIntoOneProject() {
        LiveExample e = find(Concept.COMPOSE);
        assertTrue(e.found(), e.toString());
        String all = Json.write(e);
        assertTrue(all.contains("\"project\" : \"" + P + "-proj\""), all);
        for (int i = 1; i <= 3; i++) {
            assertTrue(all.contains("\"service\" : \"svc" + i + "\""), all);
        }
    }

    @Test
    void runtimeCardNamesContainerdAndRuncFromTheDaemon() {
        LiveExample e = find(Concept.RUNTIME);
        @SuppressWarnings("unchecked")
        Map<String, String> components = (Map<String, String>) e.raw().get("components");
        assertNotNull(components.get("Engine"), components.toString());
        assertTrue(components.containsKey("containerd") && components.containsKey("runc"), components.toString());
        assertTrue(e.headline().contains("containerd " + components.get("containerd")), e.headline());
    }

    @Test
    void registryAndMultiStageCardsSayWhyOurLocalBuildsHaveNoExample() {
        LiveExample r = find(Concept.REGISTRY);
        assertFalse(r.found(), r.toString());
        assertTrue(r.headline().contains("built or loaded here"), r.headline());
        LiveExample m = find(Concept.MULTI_STAGE);
        assertFalse(m.found(), m.toString());
    }

    /** Shows the finders only this class's objects; every answer is still the daemon's own, as records. */
    static final class OnlyOurs implements LiveContext {
        private final LiveContext real;

        OnlyOurs(LiveContext real) {
            this.real = real;
        }

        @Override
        public DaemonVersion version() {
            return real.version();
        }

        @Override
        public DaemonInfo info() {
            return real.info();
        }

        @Override
        public List<ImageSummary> images() {
            return real.images().stream().filter(i -> i.repoTags().toString().contains(P)).toList();
        }

        @Override
        public ImageDetails image(String ref) {
            return real.image(ref);
        }

        @Override
        public List<ImageData.HistoryEntry> imageHistory(String ref) {
            return real.imageHistory(ref);
        }

        @Override
        public List<ContainerSummary> containers(boolean all) {
            return real.containers(all).stream().filter(c -> c.names().toString().contains("/" + P)).toList();
        }

        @Override
        public ContainerDetails container(String id) {
            return real.container(id);
        }

        @Override
        public Optional<ContainerStats> stats(String id) {
            return real.stats(id);
        }

        @Override
        public List<NetworkDetails> networks() {
            return real.networks().stream().filter(n -> n.name().startsWith(P)
                    || n.predefined()).toList();
        }

        @Override
        public NetworkDetails network(String id) {
            return real.network(id);
        }

        @Override
        public List<VolumeDetails> volumes() {
            return real.volumes().stream().filter(v -> v.name().startsWith(P)).toList();
        }

        @Override
        public Path workingDir() {
            return real.workingDir();
        }
    }
}
