package dev.dockscope.render.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockscope.model.container.ContainerPartFacts.NoteFact;
import dev.dockscope.render.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixed notes under the process table and the file changes read as they did when the explainer wrote them. */
class ContainerNoteProseTest {
    /** The sentences as {@code ContainerExplainer} wrote them before they became facts. */
    private static final Map<NoteFact.Kind, String> BEFORE = Map.of(
            NoteFact.Kind.HOST_PIDS, "PIDs as the host numbers them (docker top); inside, the first is PID 1",
            NoteFact.Kind.PROCESSES_UNREADABLE, "the processes could not be read",
            NoteFact.Kind.NOT_RUNNING, "not running: no processes",
            NoteFact.Kind.WRITABLE_LAYER, "These changes live in the writable layer and die with docker rm; only paths "
                    + "under a volume or bind mount outlive the container (docker commit would turn them into an "
                    + "image layer).");

    @Test
    void everyNoteReadsAsBefore() {
        for (NoteFact.Kind k : NoteFact.Kind.values()) {
            assertEquals(BEFORE.get(k), Prose.of(new NoteFact(k)), k.name());
            assertEquals(BEFORE.get(k), ContainerProse.note(new NoteFact(k)), k.name());
        }
    }

    @Test
    void jsonWritesTheNoteAsItsSentence() {
        String json = Json.write(Map.of("topNote", new NoteFact(NoteFact.Kind.NOT_RUNNING)));
        assertEquals("{\n  \"topNote\" : \"not running: no processes\"\n}", json.strip());
    }
}
