package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.container.ContainerDetails.Probe;
import dev.dockscope.model.container.HealthStep;
import dev.dockscope.render.prose.HealthProse;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTimelineTest {
    private static Probe probe(int second, int exit) {
        return new Probe(String.format("2026-01-01T00:00:%02d.000Z", second),
                String.format("2026-01-01T00:00:%02d.250Z", second), exit, exit == 0 ? "ok\n" : "down");
    }

    @Test
    void failuresReachUnhealthyAtTheRetriesCount() {
        List<HealthStep> s = HealthTimeline.replay(List.of(probe(1, 0), probe(2, 1), probe(3, 1), probe(4, 1)), 3, 0,
                "2026-01-01T00:00:00Z", "unhealthy", 3);
        assertEquals("starting → healthy", HealthProse.transition(s.get(0).transition()));
        assertEquals(250_000_000L, s.get(0).durationNanos());
        assertEquals("ok", s.get(0).output());
        assertEquals(List.of(1, 2, 3), s.subList(1, 4).stream().map(HealthStep::streakAfter).toList());
        assertEquals("", HealthProse.transition(s.get(2).transition()));
        assertEquals("healthy → unhealthy", HealthProse.transition(s.get(3).transition()));
        assertEquals("unhealthy", s.get(3).statusAfter());
    }

    @Test
    void onePassMakesItHealthyAgain() {
        List<HealthStep> s = HealthTimeline.replay(List.of(probe(1, 1), probe(2, 1), probe(3, 0)), 2, 0,
                "2026-01-01T00:00:00Z", "healthy", 0);
        assertEquals("starting → unhealthy", HealthProse.transition(s.get(1).transition()));
        assertEquals("unhealthy → healthy", HealthProse.transition(s.get(2).transition()));
        assertEquals(0, s.get(2).streakAfter());
    }

    @Test
    void failuresInsideTheStartPeriodDoNotCount() {
        List<HealthStep> s = HealthTimeline.replay(List.of(probe(1, 1), probe(2, 1), probe(12, 1)), 1, 10_000_000_000L,
                "2026-01-01T00:00:00Z", "unhealthy", 1);
        assertFalse(s.get(0).counted());
        assertFalse(s.get(1).counted());
        assertEquals("starting", s.get(1).statusAfter());
        assertTrue(s.get(2).counted());
        assertEquals("starting → unhealthy", HealthProse.transition(s.get(2).transition()));
    }

    @Test
    void aFullLogOfFailuresContinuesTheDaemonsStreak() {
        List<Probe> log = List.of(probe(1, 1), probe(2, 1), probe(3, 1), probe(4, 1), probe(5, 1));
        List<HealthStep> s = HealthTimeline.replay(log, 3, 0, "2026-01-01T00:00:00Z", "unhealthy", 40);
        assertEquals(36, s.get(0).streakAfter());
        assertEquals(40, s.get(4).streakAfter());
        assertTrue(s.stream().allMatch(x -> HealthProse.transition(x.transition()).isEmpty()), "already unhealthy before the log began");
    }

    @Test
    void hugeOutputIsTrimmed() {
        String big = "x".repeat(1_000_000);
        String t = HealthTimeline.trim(big);
        assertTrue(t.length() < 600, "trimmed to " + t.length());
        assertTrue(t.endsWith("(1000000 characters)"));
    }

    @Test
    void nextProbeIsTheLastEndPlusTheInterval() {
        assertEquals("2026-01-01T00:00:34.250Z",
                HealthTimeline.nextDue(List.of(probe(4, 0)), "healthy", 30_000_000_000L, 0));
        assertEquals("2026-01-01T00:00:06.250Z",
                HealthTimeline.nextDue(List.of(probe(4, 1)), "starting", 30_000_000_000L, 2_000_000_000L));
    }
}
