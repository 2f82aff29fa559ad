package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code dockscope learn} end to end on the real daemon (which other tests may share: assertions are about shape). */
@ExtendWith(DaemonExtension.class)
class LearnCommandIT {
    static final String P = TestDaemon.name("learncli");

    @BeforeAll
    static void aRunningContainer() {
        TestDaemon.track("container", P + "-run");
        TestDaemon.docker("run", "-d", "--name", P + "-run", "--network", "none", "--label", TestDaemon.LABEL + "=learn",
                TestDaemon.baseImage(), "sleep", "600");
    }

    @Test
    void listMarksLiveCardsAsTrueOrFalseWhenTheDaemonAnswers() throws Exception {
        Cli.Result r = Cli.create().run("learn", "-o", "json").assertExit(0);
        JsonNode cards = Json.MAPPER.readTree(r.out()).get("cards");
        assertEquals(12, cards.size(), r.describe());
        for (JsonNode c : cards) {
            assertTrue(c.get("live").isBoolean(), c + r.describe());
        }
        assertTrue(cards.get(Concept.CONTAINER.ordinal()).get("live").asBoolean(), "a container runs" + r.describe());
        assertTrue(cards.get(Concept.RUNTIME.ordinal()).get("live").asBoolean(), r.describe());
    }

    @Test
    void everyCardShowsOnYourMachineWithinTheWidth() {
        for (Concept c : Concept.values()) {
            for (String[] style : new String[][] {{"--color", "never"}, {"--color", "always", "--ascii"}}) {
                String[] args = {"learn", c.slug(), "--width", "60", style[0], style[1]};
                if (style.length == 3) {
                    args = new String[] {"learn", c.slug(), "--width", "60", style[0], style[1], style[2]};
                }
                Cli.Result r = Cli.create().run(args).assertExit(0);
                assertTrue(r.out().contains("On your machine:"), r.describe());
                assertFalse(r.out().contains("No Docker daemon is reachable"), r.describe());
                for (String line : r.out().split("\n")) {
                    String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
                    assertTrue(TextWidth.of(visible) <= 60, "too wide: " + visible + r.describe());
                    if (style.length == 3) {
                        assertTrue(line.chars().allMatch(ch -> ch < 0x80), "non-ASCII: " + line + r.describe());
                    }
                }
            }
        }
    }

    @Test
    void cardAsJsonCarriesTheLiveExample() throws Exception {
        Cli.Result r = Cli.create().run("learn", "container", "-o", "json").assertExit(0);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        JsonNode live = doc.get("live");
        assertEquals("container", live.get("card").asText(), r.describe());
        assertTrue(live.get("found").asBoolean(), r.describe());
        assertTrue(live.get("raw").has("pid1"), r.describe());
        assertEquals("container", doc.get("concepts").get(0).asText(), r.describe());
    }
}
