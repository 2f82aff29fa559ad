package dev.dockscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.image.ImageData.HistoryEntry;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.render.prose.ImageProse;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerMapTest {
    private static HistoryEntry h(String createdBy, long size, Boolean empty) {
        return new HistoryEntry(null, createdBy, size, "", List.of(), empty);
    }

    private static LayerMap map(List<HistoryEntry> history, List<String> diffIds) {
        return LayerMap.of(history, history.stream().map(e -> HistoryInstruction.parse(e.createdBy(), "")).toList(), diffIds);
    }

    @Test
    void configFlagsWinOverHeuristics() {
        // BuildKit's WORKDIR that made no layer, known only from the config's empty_layer
        LayerMap m = map(List.of(h("COPY a b # buildkit", 10, false), h("WORKDIR /x", 0, true),
                h("RUN x # buildkit", 5, false)), List.of("sha256:a", "sha256:b"));
        assertArrayEquals(new boolean[] {true, false, true}, m.filesystem());
        assertNull(m.note());
    }

    @Test
    void squashedImageIsMatchedFromTheBottomAndSaysSo() {
        // three filesystem steps in the history, but the image was squashed into one layer
        LayerMap m = map(List.of(h("/bin/sh -c #(nop) ADD file:ab in / ", 0, null), h("/bin/sh -c apt-get install x", 0, null),
                h("/bin/sh -c make", 0, null)), List.of("sha256:only"));
        assertEquals(new Note(Note.Kind.LAYERS_UNMATCHED, 3, 1), m.note());
        assertTrue(ImageProse.note(m.note()).contains("squashed"), ImageProse.note(m.note()));
        assertArrayEquals(new String[] {"sha256:only", null, null}, m.diffIds());
    }

    @Test
    void sizesDecideWhenInstructionsAloneDoNot() {
        // a RUN that wrote nothing and made no layer (another tool), sizes tell which steps made the two layers
        LayerMap m = map(List.of(h("/bin/sh -c #(nop) ADD file:ab in / ", 100, null), h("/bin/sh -c true", 0, null),
                h("/bin/sh -c make", 50, null)), List.of("sha256:a", "sha256:b"));
        assertArrayEquals(new boolean[] {true, false, true}, m.filesystem());
        assertNull(m.note());
    }
}
