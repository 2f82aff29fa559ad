package dev.dockscope.analysis.files;

import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measured facts the cache story rests on with {@code --files}: which bytes a layer stored under a path, which bytes
 * of earlier layers a layer's whiteouts hide (deleted, yet still stored), and which files a layer wrote again with
 * the same content (a {@code chown -R} or a second copy: stored twice). Layers are 0-based filesystem layers.
 */
public final class LayerEvidence {
    /** Bytes of {@code owner}'s files that {@code layer} hides or stores again, with how many files. */
    public record Pair(int layer, int owner, long bytes, long files) {
    }

    private final ImageContents image;
    private final List<Pair> deleted;
    private final List<Pair> rewritten;

    private LayerEvidence(ImageContents image, List<Pair> deleted, List<Pair> rewritten) {
        this.image = image;
        this.deleted = deleted;
        this.rewritten = rewritten;
    }

    public static LayerEvidence of(ImageContents image) {
        List<LayerTable> tables = new ArrayList<>();
        image.layers().forEach(l -> tables.add(l.table()));
        Map<Long, long[]> del = new TreeMap<>();
        Map<Long, long[]> again = new TreeMap<>();
        Replay replay = new Replay(image.paths(), tables);
        replay.run(new Replay.Sink() {
            @Override
            public void wrote(int layer, int entry, int path, int prevLayer, int prevEntry) {
                if (prevLayer < 0 || prevLayer == layer) {
                    return;
                }
                LayerTable t = tables.get(layer);
                LayerTable pt = tables.get(prevLayer);
                if (t.kind(entry) == LayerTable.FILE && pt.kind(prevEntry) == LayerTable.FILE
                        && t.size(entry) == pt.size(prevEntry) && t.crc(entry) == pt.crc(prevEntry)
                        && t.size(entry) > 0) {
                    add(again, layer, prevLayer, t.size(entry));
                }
            }

            @Override
            public void hidden(int layer, int path, int ownerLayer, int ownerEntry, int cause) {
                LayerTable ot = tables.get(ownerLayer);
                if (cause == Replay.DELETED && ot.kind(ownerEntry) == LayerTable.FILE) {
                    add(del, layer, ownerLayer, ot.size(ownerEntry));
                }
            }
        });
        return new LayerEvidence(image, pairs(del), pairs(again));
    }

    private static void add(Map<Long, long[]> m, int layer, int owner, long bytes) {
        long[] v = m.computeIfAbsent(((long) layer << 32) | owner, k -> new long[2]);
        v[0] += bytes;
        v[1]++;
    }

    private static List<Pair> pairs(Map<Long, long[]> m) {
        List<Pair> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new Pair((int) (k >>> 32), (int) (k & 0xffffffffL), v[0], v[1])));
        return List.copyOf(out);
    }

    public int layerCount() {
        return image.layers().size();
    }

    /** Files of earlier layers that a later layer deletes: still stored in the earlier layer. */
    public List<Pair> deleted() {
        return deleted;
    }

    /** Files a later layer writes again with the same content (only owner or mode changed, or copied twice). */
    public List<Pair> rewritten() {
        return rewritten;
    }

    /** Bytes of regular files that layer {@code layer} stores at or under {@code prefix}. */
    public long storedUnder(int layer, String prefix) {
        if (layer < 0 || layer >= image.layers().size()) {
            return 0;
        }
        LayerTable t = image.layers().get(layer).table();
        String dir = prefix.endsWith("/") ? prefix : prefix + "/";
        long sum = 0;
        for (int e = 0; e < t.count(); e++) {
            if (t.kind(e) != LayerTable.FILE) {
                continue;
            }
            String p = image.paths().path(t.path(e));
            if (p.equals(prefix) || p.startsWith(dir)) {
                sum += t.size(e);
            }
        }
        return sum;
    }
}
