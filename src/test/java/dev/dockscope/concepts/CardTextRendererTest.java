package dev.dockscope.concepts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.text.CardTextRenderer;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardTextRendererTest {
    enum Style { PLAIN, COLOR, ASCII, ASCII_COLOR }

    static Stream<Arguments> everyCardWidthAndStyle() {
        List<Arguments> a = new ArrayList<>();
        for (Concept c : Concept.values()) {
            for (int w : new int[] {60, 80, 120}) {
                for (Style s : Style.values()) {
                    a.add(Arguments.of(c, w, s));
                }
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} at {1} columns, {2}")
    @MethodSource("everyCardWidthAndStyle")
    void everyCardFitsTheWidthInEveryStyle(Concept concept, int width, Style style) {
        for (LiveSection live : List.of(new LiveSection.Skipped(), unreachable(concept), shown(concept))) {
            for (boolean answers : new boolean[] {false, true}) {
                String out = renderer(style, width, answers).render(new CardPage(Cards.of(concept), live));
                assertFits(out, width, style, concept + " " + live.getClass().getSimpleName());
            }
        }
    }

    @ParameterizedTest(name = "list at {0} columns")
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 60, 80, 120})
    void theListFitsTheWidthInEveryStyle(int width) {
        for (Style style : Style.values()) {
            assertFits(renderer(style, width, false).render(index(CardIndex.LiveState.checked())), width, style, "list");
            assertFits(renderer(style, width, false).render(index(new CardIndex.LiveState("unreachable",
                    "cannot reach the Docker daemon at unix:///var/run/docker.sock (from the default socket): "
                            + "no socket at that path.", "Is Docker running?"))), width, style, "list");
        }
    }

    @Test
    void atFortyColumnsTheDiagramIsCutAndTheCardSaysSo() {
        String out = renderer(Style.PLAIN, 40, false).render(new CardPage(Cards.of(Concept.LAYER_CACHE),
                new LiveSection.Skipped()));
        assertFits(out, 40, Style.PLAIN, "layer-cache at 40");
        assertTrue(out.replaceAll("\\s+", " ").contains("(diagram cut to 40 columns; it needs 60: try --width 60)"), out);
    }

    @Test
    void answersAreHiddenUnlessAskedAndTheCardSaysHowToShowThem() {
        Card c = Cards.of(Concept.IMAGE);
        String hidden = renderer(Style.PLAIN, 100, false).render(new CardPage(c, new LiveSection.Skipped()));
        String shown = renderer(Style.PLAIN, 100, true).render(new CardPage(c, new LiveSection.Skipped()));
        for (Card.Question q : c.questions()) {
            String start = q.answer().substring(0, 30);
            assertFalse(hidden.contains(start), "answer visible without --answers: " + start);
            assertTrue(shown.contains(start), "answer missing with --answers: " + start);
            assertTrue(hidden.contains(q.question().substring(0, 30)), "question missing");
        }
        assertTrue(hidden.contains("dockscope learn image --answers"), hidden);
        assertFalse(shown.contains("--answers"), shown);
    }

    @Test
    void unreachableDaemonSaysWhatTheCardWouldHaveShown() {
        String out = renderer(Style.PLAIN, 80, false).render(new CardPage(Cards.of(Concept.NETWORK),
                unreachable(Concept.NETWORK)));
        assertTrue(out.contains("On your machine:"), out);
        assertTrue(out.contains("No Docker daemon is reachable"), out);
        assertTrue(out.replaceAll("\\s+", " ").contains("With one, this card would show your busiest user-defined "
                + "network"), out);
    }

    @Test
    void noLiveLeavesOutTheMachineSection() {
        String out = renderer(Style.PLAIN, 80, false).render(new CardPage(Cards.of(Concept.NETWORK),
                new LiveSection.Skipped()));
        assertFalse(out.contains("On your machine:"), out);
    }

    @Test
    void escapeSequencesInLiveStringsNeverReachTheOutput() {
        LiveExample evil = LiveExample.of(Concept.CONTAINER).headline("Container \u001b]0;pwned\u0007web is running")
                .fact("PID 1", "sh -c \u001b[2Jclear").note("note \u001b[31mred").build();
        String out = renderer(Style.PLAIN, 80, false).render(new CardPage(Cards.of(Concept.CONTAINER),
                new LiveSection.Shown(evil)));
        assertFalse(out.contains("\u001b"), out);
        assertTrue(out.contains("Container web is running"), out);
    }

    @Test
    void layerCacheCardWithALiveExampleMatchesTheGolden() {
        String out = renderer(Style.PLAIN, 80, false).render(new CardPage(Cards.of(Concept.LAYER_CACHE),
                shown(Concept.LAYER_CACHE)));
        Golden.assertMatches(getClass(), "layer-cache-live.txt", out);
    }

    @Test
    void healthCheckCardInAsciiWithAnswersMatchesTheGolden() {
        String out = renderer(Style.ASCII, 80, true).render(new CardPage(Cards.of(Concept.HEALTH_CHECK),
                unreachable(Concept.HEALTH_CHECK)));
        Golden.assertMatches(getClass(), "health-check-ascii-answers.txt", out);
    }

    @Test
    void listWithLiveMarksMatchesTheGolden() {
        Golden.assertMatches(getClass(), "list.txt", renderer(Style.PLAIN, 80, false)
                .render(index(CardIndex.LiveState.checked())));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static CardTextRenderer renderer(Style style, int width, boolean answers) {
        boolean color = style == Style.COLOR || style == Style.ASCII_COLOR;
        boolean ascii = style == Style.ASCII || style == Style.ASCII_COLOR;
        return new CardTextRenderer(new Palette(color, ascii), width, answers);
    }

    static void assertFits(String out, int width, Style style, String what) {
        boolean color = style == Style.COLOR || style == Style.ASCII_COLOR;
        boolean ascii = style == Style.ASCII || style == Style.ASCII_COLOR;
        for (String line : out.split("\n", -1)) {
            String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
            assertTrue(TextWidth.of(visible) <= width, what + ": line of " + TextWidth.of(visible) + " columns at width "
                    + width + ":\n" + visible);
            assertFalse(visible.contains("\u001b"), what + ": escape other than SGR: " + visible);
            if (ascii) {
                assertTrue(line.chars().allMatch(ch -> ch < 0x80), what + ": non-ASCII under --ascii: " + visible);
            }
            if (!color) {
                assertFalse(line.contains("\u001b"), what + ": ESC with colour off: " + line);
            }
            assertFalse(line.endsWith(" "), what + ": trailing space: [" + line + "]");
        }
        if (color) {
            assertTrue(out.contains("\u001b["), what + ": no colour at all with colour on");
        }
    }

    static LiveSection unreachable(Concept c) {
        String would = dev.dockscope.explain.LiveFinders.byConcept(dev.dockscope.explain.LiveFinders.all(new dev.dockscope.explain.LintInsight()))
                .get(c).wouldShow();
        return new LiveSection.Unreachable("cannot reach the Docker daemon at unix:///var/run/docker.sock (from the "
                + "default socket): no socket at that path.", "Is Docker running? Start it, or point --host / "
                + "DOCKER_HOST at a running daemon.", would);
    }

    /** A hand-built example with long values, nested facts and a wide label, the same for every card. */
    static LiveSection shown(Concept c) {
        return new LiveSection.Shown(LiveExample.of(c)
                .headline("Your largest image is shop/web:1.4 (412 MB), built in 14 steps; 6 of them changed files.")
                .fact("biggest layer", "step 9 of 14, 310 MB")
                .fact(1, "made by", "RUN apt-get update && apt-get install -y --no-install-recommends build-essential "
                        + "python3-dev libpq-dev && rm -rf /var/lib/apt/lists/*")
                .fact("stack", "newest on top")
                .fact(1, "14. 0 B", "CMD [\"gunicorn\", \"app:server\"]")
                .fact(1, "9. 310 MB", "RUN apt-get update && apt-get install ...")
                .fact(1, "a-very-long-label-that-does-not-fit-the-column", "value under it")
                .fact(1, "", "/a/path/without/spaces/that/is/much/longer/than/any/terminal/line/would/ever/be/at/"
                        + "sixty/or/even/eighty/columns/wide")
                .note("If the input of step 9 changes, it and the 5 steps above it rebuild; the steps below it come "
                        + "from the cache — a longer note with a dash → arrow.")
                .build());
    }

    static CardIndex index(CardIndex.LiveState state) {
        List<CardIndex.Entry> entries = new ArrayList<>();
        for (Card c : Cards.all()) {
            Boolean live = state.state().equals("checked") ? c.slug().length() % 2 == 0 : null;
            entries.add(new CardIndex.Entry(c.slug(), c.title(), c.oneLine(), live, List.of()));
        }
        return new CardIndex(entries, null, state);
    }
}
