package dev.dockscope.analysis.files;

import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the layers bottom-up the way the OCI image spec says and reports every change to a {@link Sink}: entries
 * replace what the layers below had at their path; whiteouts hide the path and everything under it; an opaque
 * directory hides everything the layers below had under it; both affect only lower layers. At the end,
 * {@link #owner(int)} tells which layer's entry the final filesystem shows at each path.
 */
final class Replay {
    static final int OVERWRITTEN = 0;
    static final int DELETED = 1;

    interface Sink {
        /** Layer {@code layer} wrote entry {@code entry} at {@code path}; {@code prevLayer} -1 when new. */
        void wrote(int layer, int entry, int path, int prevLayer, int prevEntry);

        /** The version of {@code path} stored in {@code ownerLayer}/{@code ownerEntry} is hidden by {@code layer}. */
        void hidden(int layer, int path, int ownerLayer, int ownerEntry, int cause);
    }

    private final PathTable paths;
    private final List<LayerTable> layers;
    private final int[] ownerLayer;
    private final int[] ownerEntry;

    Replay(PathTable paths, List<LayerTable> layers) {
        this.paths = paths;
        this.layers = layers;
        this.ownerLayer = new int[paths.size()];
        this.ownerEntry = new int[paths.size()];
        Arrays.fill(ownerLayer, -1);
    }

    int ownerLayer(int path) {
        return ownerLayer[path];
    }

    int ownerEntry(int path) {
        return ownerEntry[path];
    }

    void run(Sink sink) {
        for (int i = 0; i < layers.size(); i++) {
            LayerTable t = layers.get(i);
            for (int e = 0; e < t.count(); e++) {
                byte k = t.kind(e);
                if (k == LayerTable.WHITEOUT || k == LayerTable.OPAQUE) {
                    continue;
                }
                int p = t.path(e);
                int prevL = ownerLayer[p];
                int prevE = ownerEntry[p];
                if (prevL >= 0) {
                    LayerTable pt = layers.get(prevL);
                    if (pt.kind(prevE) == LayerTable.DIR && k != LayerTable.DIR) {
                        hideBelow(i, p, sink, OVERWRITTEN, true); // a file replacing a directory hides its content
                    }
                    sink.hidden(i, p, prevL, prevE, OVERWRITTEN);
                }
                ownerLayer[p] = i;
                ownerEntry[p] = e;
                sink.wrote(i, e, p, prevL, prevE);
            }
            for (int e = 0; e < t.count(); e++) {
                byte k = t.kind(e);
                if (k == LayerTable.WHITEOUT) {
                    int target = t.link(e);
                    if (ownerLayer[target] >= 0 && ownerLayer[target] < i) {
                        int l = ownerLayer[target];
                        ownerLayer[target] = -1;
                        sink.hidden(i, target, l, ownerEntry[target], DELETED);
                    }
                    hideBelow(i, target, sink, DELETED, false);
                } else if (k == LayerTable.OPAQUE) {
                    hideBelow(i, t.link(e), sink, DELETED, false);
                }
            }
        }
    }

    /** Hides everything under {@code root} (not {@code root} itself) stored below layer {@code layer}. */
    private void hideBelow(int layer, int root, Sink sink, int cause, boolean includeSameLayer) {
        int[] stack = new int[64];
        int sp = 0;
        stack[sp++] = root;
        while (sp > 0) {
            int p = stack[--sp];
            for (int c = paths.firstChild(p); c >= 0; c = paths.nextSibling(c)) {
                int l = ownerLayer[c];
                if (l >= 0 && (l < layer || includeSameLayer && l == layer)) {
                    ownerLayer[c] = -1;
                    sink.hidden(layer, c, l, ownerEntry[c], cause);
                }
                if (sp == stack.length) {
                    stack = Arrays.copyOf(stack, sp * 2);
                }
                stack[sp++] = c;
            }
        }
    }
}
