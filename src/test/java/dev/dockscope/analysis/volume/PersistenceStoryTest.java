package dev.dockscope.analysis.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.volume.VolumeReport.Fate;
import dev.dockscope.model.volume.VolumeReport.Outcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersistenceStoryTest {
    static Map<String, Outcome> story(boolean anonymous, String project, int users, boolean engine23) {
        List<Fate> fates = PersistenceStory.of(anonymous, project, users, engine23);
        return fates.stream().collect(Collectors.toMap(Fate::action, Fate::outcome));
    }

    @Test
    void namedVolumeSurvivesEverythingButDownVAndOldPrune() {
        Map<String, Outcome> s = story(false, "shop", 0, false);
        assertEquals(Outcome.KEPT, s.get("docker rm"));
        assertEquals(Outcome.KEPT, s.get("docker rm -v"));
        assertEquals(Outcome.KEPT, s.get("docker compose down"));
        assertEquals(Outcome.REMOVED, s.get("docker compose down -v"));
        assertEquals(Outcome.REMOVED, s.get("docker volume prune"), "before Engine 23");
        assertEquals(Outcome.KEPT, story(false, "shop", 0, true).get("docker volume prune"), "Engine 23+");
        assertEquals(Outcome.REMOVED, story(false, "shop", 0, true).get("docker volume prune --all"));
    }

    @Test
    void anonymousVolumeGoesWithItsContainer() {
        assertEquals(Outcome.REMOVED, story(true, "", 1, true).get("docker rm -v"));
        assertEquals(Outcome.REMOVED_IF_UNUSED, story(true, "", 2, true).get("docker rm -v"));
        assertEquals(Outcome.NOT_APPLICABLE, story(true, "", 1, true).get("docker compose down -v"));
        assertEquals(Outcome.KEPT, story(true, "", 1, true).get("docker volume prune"), "in use");
        assertEquals(Outcome.REMOVED, story(true, "", 0, true).get("docker volume prune"));
    }

    @Test
    void apiVersionDecidesPrune() {
        assertFalse(PersistenceStory.pruneAnonymousOnly("1.41"));
        assertTrue(PersistenceStory.pruneAnonymousOnly("1.42"));
        assertTrue(PersistenceStory.pruneAnonymousOnly("1.50"));
    }
}
