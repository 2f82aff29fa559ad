package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.ImageFixtures;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.support.Golden;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTextRendererTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final ImageExplanation img = ImageExplainer.explain(ImageFixtures.nodeApp(), false, true);

    private String render(Palette p, int width, ImageTextRenderer.Options o) {
        return new ImageTextRenderer(p, width, NOW).render(img, o);
    }

    @Test
    void fullExplanation() {
        Golden.assertMatches(getClass(), "fullExplanation.txt",
                render(new Palette(false, false), 80, new ImageTextRenderer.Options(false, true, false, false)));
    }

    @Test
    void layersOnlyAscii() {
        Golden.assertMatches(getClass(), "layersOnlyAscii.txt",
                render(new Palette(false, true), 80, new ImageTextRenderer.Options(true, true, false, false)));
    }

    @Test
    void layersBySize() {
        Golden.assertMatches(getClass(), "layersBySize.txt",
                render(new Palette(false, false), 80, new ImageTextRenderer.Options(true, true, true, false)));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 120, 200})
    void noLineIsWiderThanTheWidth(int width) {
        for (boolean color : new boolean[] {false, true}) {
            for (boolean ascii : new boolean[] {false, true}) {
                String out = render(new Palette(color, ascii), width, new ImageTextRenderer.Options(false, true, false, false));
                for (String line : out.split("\n")) {
                    assertTrue(TextWidth.of(line) <= width, "width " + width + " color " + color + " ascii " + ascii
                            + ": " + TextWidth.of(line) + " columns: " + line);
                    if (ascii) {
                        assertTrue(Lines.stripSgr(line).chars().allMatch(c -> c < 0x80), "non-ASCII under --ascii: " + line);
                    }
                    if (!color) {
                        assertFalse(line.contains("\u001b"), "escape without colour: " + line);
                    }
                }
            }
        }
    }

    @Test
    void everySectionEndsWithAConceptFooter() {
        String out = render(new Palette(false, false), 80, new ImageTextRenderer.Options(false, true, false, false));
        for (String section : out.split("\n\n")) {
            String[] lines = section.strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("→ concept: "), "section without a concept footer:\n" + section);
        }
    }
}
