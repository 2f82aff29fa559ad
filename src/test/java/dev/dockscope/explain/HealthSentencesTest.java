package dev.dockscope.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every kind of explanation {@code dockscope health NAME} gives, in the JSON where it is a documented field. The
 * golden was written before the words moved from explain/ to render/prose, so it holds the words the user saw then.
 */
class HealthSentencesTest {
    private static ContainerDetails.Health health(String status, int streak) {
        return new ContainerDetails.Health(status, streak, List.of());
    }

    @Test
    void explanationsInJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("disabled", HealthExplainer.unchecked(true));
        m.put("none", HealthExplainer.unchecked(false));
        m.put("healthy", HealthExplainer.explanation(health("healthy", 0), 3, 30_000_000_000L, 30_000_000_000L, 0,
                true));
        m.put("unhealthyOneRetryStopped", HealthExplainer.explanation(health("unhealthy", 4), 1, 1_500_000_000L,
                500_000_000L, 0, false));
        m.put("startingWithFailuresAndStartPeriod", HealthExplainer.explanation(health("starting", 2), 5,
                90_000_000_000L, 2_000_000_000L, 60_000_000_000L, true));
        m.put("startingNoFailures", HealthExplainer.explanation(health("starting", 0), 2, 1_000_000_000L,
                1_000_000_000L, 1_000_000_000L, true));
        m.put("otherStatus", HealthExplainer.explanation(health("none", 0), 3, 30_000_000_000L, 30_000_000_000L, 0,
                true));
        Golden.assertMatches(getClass(), "explanations.json", Json.write(m) + "\n");
    }

    /** The 20.10 inspect fixture (entrypoint /bin/sh, 8080/tcp exposed) with {@code change} applied. */
    private static ContainerDetails container(Consumer<ObjectNode> change) throws Exception {
        ObjectNode c;
        try (InputStream in = HealthSentencesTest.class.getResourceAsStream("/engine/container-inspect-20.10.json")) {
            c = (ObjectNode) Json.MAPPER.readTree(in);
        }
        change.accept(c);
        return ContainerRecords.details(c);
    }

    private static Consumer<ObjectNode> run(String[] entrypoint, String[] cmd, String path, String... exposed) {
        return c -> {
            ObjectNode config = (ObjectNode) c.get("Config");
            ObjectNode ports = config.putObject("ExposedPorts");
            for (String p : exposed) {
                ports.putObject(p);
            }
            if (entrypoint == null) {
                config.putNull("Entrypoint");
            } else {
                ArrayNode a = config.putArray("Entrypoint");
                for (String e : entrypoint) {
                    a.add(e);
                }
            }
            if (cmd == null) {
                config.putNull("Cmd");
            } else {
                ArrayNode a = config.putArray("Cmd");
                for (String e : cmd) {
                    a.add(e);
                }
            }
            c.put("Path", path);
        };
    }

    @Test
    void whatItDoesAndSuggestionsInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("whatItDoes", HealthExplainer.whatItDoes());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fixture", HealthExplainer.suggestion(container(c -> { })));
        s.put("udpOnlyShell", HealthExplainer.suggestion(container(run(new String[] {"/bin/sh"}, null, "/bin/sh",
                "53/udp"))));
        s.put("firstTcpPort", HealthExplainer.suggestion(container(run(null, null, "/app", "53/udp", "9000/tcp"))));
        s.put("entrypointBinary", HealthExplainer.suggestion(container(run(new String[] {"/usr/sbin/nginx", "-g"},
                new String[] {"daemon off;"}, "/usr/sbin/nginx"))));
        s.put("cmdOnly", HealthExplainer.suggestion(container(run(null, new String[] {"redis-server"},
                "redis-server"))));
        s.put("bash", HealthExplainer.suggestion(container(run(null, new String[] {"/bin/bash", "-c", "x"},
                "/bin/bash"))));
        s.put("pathOnly", HealthExplainer.suggestion(container(run(null, null, "/bin/app"))));
        s.put("nothing", HealthExplainer.suggestion(container(run(null, null, ""))));
        m.put("suggestion", s);
        Golden.assertMatches(getClass(), "whatItDoesAndSuggestions.json", Json.write(m) + "\n");
    }
}
