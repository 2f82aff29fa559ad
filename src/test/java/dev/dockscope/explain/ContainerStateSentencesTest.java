package dev.dockscope.explain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.analysis.container.Capabilities;
import dev.dockscope.analysis.container.Risks;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every kind of sentence {@code dockscope container} says about a container's state (summary, meaning, restart
 * policy, what the exit code means) and every attention label, in the JSON where they are documented fields. The
 * goldens were written before the words moved from analysis/ and explain/ to render/prose, so they hold the words
 * the user saw then; the move must not change one of them.
 */
class ContainerStateSentencesTest {
    /** The 20.10 inspect fixture with {@code change} applied to it. */
    private static ContainerDetails container(Consumer<ObjectNode> change) throws Exception {
        ObjectNode c;
        try (InputStream in = ContainerStateSentencesTest.class.getResourceAsStream(
                "/engine/container-inspect-20.10.json")) {
            c = (ObjectNode) Json.MAPPER.readTree(in);
        }
        change.accept(c);
        return ContainerRecords.details(c);
    }

    private static ObjectNode state(ObjectNode c) {
        return (ObjectNode) c.get("State");
    }

    /** Stopped with {@code code}; {@code started} false for a container that never ran. */
    private static Consumer<ObjectNode> exited(int code, boolean oom, boolean started, String error) {
        return c -> {
            state(c).put("Status", "exited").put("Running", false).put("Pid", 0).put("ExitCode", code)
                    .put("OOMKilled", oom).put("Error", error).put("FinishedAt", "2024-03-01T11:00:00Z");
            if (!started) {
                state(c).put("StartedAt", "0001-01-01T00:00:00Z");
            }
        };
    }

    private static Consumer<ObjectNode> policy(String name, int max, int restarts) {
        return c -> {
            ((ObjectNode) c.get("HostConfig").get("RestartPolicy")).put("Name", name).put("MaximumRetryCount", max);
            c.put("RestartCount", restarts);
        };
    }

    private static Map<String, ContainerDetails> states() throws Exception {
        Map<String, ContainerDetails> m = new LinkedHashMap<>();
        m.put("running", container(c -> { }));
        m.put("paused", container(c -> state(c).put("Status", "paused").put("Paused", true)
                .put("Running", true)));
        m.put("restarting", container(c -> {
            state(c).put("Status", "restarting").put("Restarting", true).put("Running", true).put("ExitCode", 137)
                    .put("OOMKilled", true);
            policy("always", 0, 7).accept(c);
        }));
        m.put("created", container(c -> {
            state(c).put("Status", "created").put("Running", false).put("Pid", 0).put("StartedAt",
                    "0001-01-01T00:00:00Z");
            policy("unless-stopped", 0, 0).accept(c);
        }));
        m.put("dead", container(c -> {
            state(c).put("Status", "dead").put("Dead", true).put("Running", false);
            policy("on-failure", 0, 1).accept(c);
        }));
        m.put("removing", container(c -> {
            state(c).put("Status", "removing").put("Running", false);
            policy("no", 0, 0).accept(c);
        }));
        m.put("couldNotStartWithError", container(exited(127, false, false,
                "exec: \"nope\": executable file not found in $PATH")));
        m.put("couldNotStartNoError", container(exited(126, false, false, "")));
        m.put("oomKilled137", container(exited(137, true, true, "")));
        m.put("oomKilledOther", container(exited(1, true, true, "")));
        int[] codes = {0, 1, 2, 3, 125, 126, 127, 130, 137, 139, 143, 129, 158, 192, 193, 255};
        for (int code : codes) {
            m.put("exited" + code, container(exited(code, false, true, "")));
        }
        m.put("noPolicy", container(c -> {
            exited(0, false, true, "").accept(c);
            ((ObjectNode) c.get("HostConfig")).remove("RestartPolicy");
            c.put("RestartCount", 0);
        }));
        return m;
    }

    @Test
    void stateSentencesInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, ContainerDetails> e : states().entrySet()) {
            m.put(e.getKey(), ContainerExplainer.stateView(e.getValue()));
        }
        Golden.assertMatches(getClass(), "states.json", Json.write(m) + "\n");
    }

    private static Object attention(ContainerDetails d) {
        ContainerDetails.HostConfig h = d.hostConfig();
        return Risks.attention(d, Capabilities.effective(h.privileged(), h.capAdd(), h.capDrop()));
    }

    @Test
    void attentionLabelsInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fixture", attention(container(c -> { })));
        m.put("everything", attention(container(c -> {
            state(c).put("Restarting", true).put("OOMKilled", true);
            ((ObjectNode) state(c).get("Health")).put("Status", "unhealthy");
            ((ObjectNode) c.get("HostConfig")).put("Memory", 0).put("Privileged", true);
        })));
        m.put("rootWithCapabilities", attention(container(c -> {
            ((ObjectNode) c.get("HostConfig")).putArray("CapAdd").add("SYS_ADMIN");
            ((ObjectNode) c.get("Config")).put("User", "");
        })));
        Golden.assertMatches(getClass(), "attention.json", Json.write(m) + "\n");
    }
}
