package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.concepts.LiveSection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour's text from a hand-built {@link Tour}: the same object its JSON prints. */
class TourTextRendererTest {
    private static final int WIDTH = 80;
    private final TourTextRenderer r = new TourTextRenderer(Palette.plain(), WIDTH, Instant.parse("2026-12-01T00:00:00Z"));

    private static Tour tour(Tour.Daemon daemon, Tour.Step... steps) {
        return new Tour(daemon, List.of(steps), null, null, List.of("runtime", "volume"));
    }

    private static void fits(String text) {
        for (String line : text.split("\n")) {
            assertTrue(TextWidth.of(line) <= WIDTH, "wider than " + WIDTH + ": " + line);
        }
    }

    @Test
    void withoutADaemonTheIntroSaysWhyAndTheStepWhatItWouldShow() {
        Tour t = tour(new Tour.Daemon(false, null, "cannot connect to unix:///nowhere.sock", "start Docker"),
                new Tour.Step(1, "runtime", "Runtime", "The chain that turns an image into running processes",
                        Tour.Step.NONE, new LiveSection.Unreachable("no daemon", "start Docker",
                        "the daemon's runtime chain")),
                new Tour.Step(2, "volume", "Volume", "Storage that outlives the container", Tour.Step.NONE, null));
        String intro = r.intro(t);
        fits(intro);
        assertTrue(intro.contains("No daemon reachable: cannot connect to unix:///nowhere.sock"), intro);
        assertTrue(intro.contains("examples/sample-image.tar"), intro);
        String step = r.step(t, t.steps().get(0));
        fits(step);
        assertTrue(step.contains("Step 1 of 2 · Runtime"), step);
        assertTrue(step.contains("with a daemon, this card would show the daemon's runtime chain"), step);
        assertTrue(step.contains("More: dockscope learn runtime"), step);
        String bare = r.step(t, t.steps().get(1));
        assertFalse(bare.contains("On your machine:"), bare);
        assertTrue(bare.contains("More: dockscope learn volume"), bare);
        assertTrue(r.outro().contains("Where next"));
    }

    @Test
    void withADaemonTheIntroNamesItsEndpoint() {
        String intro = r.intro(tour(new Tour.Daemon(true, "unix:///run/docker.sock", null, null)));
        assertTrue(intro.contains("Examples come from your daemon at unix:///run/docker.sock"), intro);
        assertFalse(intro.contains("No daemon reachable"), intro);
    }

    @Test
    void sampleFlagIsSaidAsSuch() {
        String intro = r.intro(tour(new Tour.Daemon(false, null, null, null)));
        assertTrue(intro.contains("Using the bundled sample (--sample)."), intro);
    }
}
