package dev.dockscope.render.text;

import dev.dockscope.model.image.ImageExplanation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One numbering for the layers of one output: the stack's ({@code #n}, the history step, as {@code dockscope image}
 * draws the stack and the cache story names layers). The files analysis counts filesystem layers (1-based, bottom-up,
 * as its JSON does); this maps them to the step that made each one. A filesystem layer the history has no step for
 * (a history shorter than the layers) keeps its own number, said as such.
 */
final class LayerNumbers {
    private final Map<Integer, Integer> stepOfLayer;

    private LayerNumbers(Map<Integer, Integer> stepOfLayer) {
        this.stepOfLayer = stepOfLayer;
    }

    /** The numbering of {@code img}'s stack; its layers carry their files ({@link ImageExplanation#withFiles}). */
    static LayerNumbers of(ImageExplanation img) {
        Map<Integer, Integer> m = new HashMap<>();
        for (ImageExplanation.Layer l : img.layers()) {
            if (l.files() != null) {
                m.put(l.files().layer(), l.index());
            }
        }
        return new LayerNumbers(m);
    }

    /** {@code #7} for filesystem layer 6 of an image whose seventh step made it. */
    String number(int fileLayer) {
        Integer step = stepOfLayer.get(fileLayer);
        return step == null ? "(file layer " + fileLayer + ")" : "#" + step;
    }

    /** "layer #7". */
    String layer(int fileLayer) {
        return stepOfLayer.containsKey(fileLayer) ? "layer " + number(fileLayer) : number(fileLayer);
    }

    /** "layer #7" or "layers #3, #7". */
    String layers(List<Integer> fileLayers) {
        StringBuilder b = new StringBuilder(fileLayers.size() == 1 ? "layer " : "layers ");
        for (int i = 0; i < fileLayers.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(number(fileLayers.get(i)));
        }
        return b.toString();
    }
}
