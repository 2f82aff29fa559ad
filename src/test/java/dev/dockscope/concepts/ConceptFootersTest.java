package dev.dockscope.concepts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every card an explain command points to exists, under the title that card has. */
class ConceptFootersTest {
    private static final Pattern FOOTER = Pattern.compile("→ concept: (.+?) — dockscope learn (\\S+)");

    @Test
    void everyFooterNamesAnExistingCardWithItsTitle() {
        List<String[]> commands = List.of(
                new String[] {"image", "--archive", "examples/sample-image.tar", "--files"},
                new String[] {"lint", "examples/Dockerfile", "--fail-on", "none"},
                new String[] {"lint", "examples/Dockerfile", "--changed", "examples/sample-app/app.py"},
                new String[] {"tour", "--no-pause"},
                new String[] {},
                new String[] {"version"});
        int seen = 0;
        for (String[] args : commands) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", "unix:///nonexistent.sock").run(args);
            Matcher m = FOOTER.matcher(r.out());
            while (m.find()) {
                seen++;
                String title = m.group(1);
                String slug = m.group(2);
                Concept c = Concept.bySlug(slug).orElse(null);
                assertTrue(c != null, "no card " + slug + r.describe());
                assertTrue(c.title().equals(title), "card " + slug + " is titled " + c.title() + ", not " + title);
                assertFalse(Cards.of(c).explanation().isBlank(), slug);
            }
        }
        assertTrue(seen >= 10, "expected concept footers in the outputs, saw " + seen);
    }
}
