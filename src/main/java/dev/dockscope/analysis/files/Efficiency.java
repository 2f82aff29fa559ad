package dev.dockscope.analysis.files;

import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.Inefficiency;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * dive's efficiency, wasted bytes and user-wasted fraction, reproduced rule for rule from dive/filetree/efficiency.go
 * and dive/image/analysis.go so teams get the same numbers:
 * <ul>
 * <li>each layer is a tree of its tar entries plus their implicit parent directories; only its leaves count;
 * opaque markers ({@code .wh..wh..opq}) are not nodes;</li>
 * <li>a leaf adds its tar size to its path; a whiteout leaf {@code .wh.x} counts under {@code x} with the summed
 * size of what {@code x} is in the stack of the layers below when that is a directory, and 0 when it is a file;
 * a whiteout of a path the layers below do not have makes dive stop visiting that layer (sorted, children first),
 * and so does this;</li>
 * <li>efficiency = Σ smallest size seen per path / Σ all sizes seen (1 when nothing was seen);</li>
 * <li>wastedBytes = Σ cumulative size of paths seen in two or more layers, the kept copy included;</li>
 * <li>userWastedPercent = wastedBytes / Σ layer sizes but the first, a layer's size being the sum of its entries'
 * tar sizes.</li>
 * </ul>
 * The stacked tree follows dive's {@code Stack}: whiteouts remove a subtree, every node of a layer (implicit parents
 * included, with an empty payload) is written over the stack.
 */
public final class Efficiency {
    private final PathTable paths;
    private final List<LayerTable> layers;
    private final int n;
    private final int[] rank;
    // the stacked tree of the layers below (dive semantics)
    private final BitSet present;
    private final BitSet isDir;
    private final long[] size;
    // per-layer scratch
    private final int[] stamp;
    private final int[] lastEntry;
    private int token;
    // per path results
    private final long[] cumulative;
    private final long[] smallest;
    private final int[] count;
    private final int[] firstLayer;
    private final Map<Integer, List<Integer>> layersOf = new HashMap<>();
    private final List<Integer> inefficient = new ArrayList<>();
    private final List<DiveEfficiency.Stop> stops = new ArrayList<>();

    private Efficiency(PathTable paths, List<LayerTable> layers) {
        this.paths = paths;
        this.layers = layers;
        this.n = paths.size();
        this.rank = paths.sortedRanks();
        this.present = new BitSet(n);
        this.isDir = new BitSet(n);
        this.size = new long[n];
        this.stamp = new int[n];
        this.lastEntry = new int[n];
        this.cumulative = new long[n];
        this.smallest = new long[n];
        Arrays.fill(smallest, -1);
        this.count = new int[n];
        this.firstLayer = new int[n];
    }

    public static DiveEfficiency compute(ImageContents image) {
        List<LayerTable> tables = new ArrayList<>();
        image.layers().forEach(l -> tables.add(l.table()));
        return compute(image.paths(), tables);
    }

    public static DiveEfficiency compute(PathTable paths, List<LayerTable> layers) {
        return new Efficiency(paths, layers).run();
    }

    private DiveEfficiency run() {
        if (!layers.isEmpty()) {
            stack(0); // dive's StackTreeRange starts from a copy of the first tree
        }
        for (int i = 0; i < layers.size(); i++) {
            visit(i);
            stack(i);
        }
        long minimum = 0;
        long discovered = 0;
        for (int p = 0; p < n; p++) {
            if (count[p] > 0) {
                minimum += smallest[p];
                discovered += cumulative[p];
            }
        }
        double score = discovered == 0 ? 1.0 : (double) minimum / (double) discovered;
        List<Inefficiency> list = new ArrayList<>();
        long wasted = 0;
        for (int p : inefficient) {
            wasted += cumulative[p];
            List<Integer> ls = new ArrayList<>();
            for (int l : layersOf.get(p)) {
                ls.add(l + 1);
            }
            list.add(new Inefficiency(paths.path(p), count[p], cumulative[p], List.copyOf(ls)));
        }
        list.sort(Comparator.comparingLong(Inefficiency::cumulativeSize).reversed()
                .thenComparing(Inefficiency::path));
        long total = 0;
        long user = 0;
        for (int i = 0; i < layers.size(); i++) {
            total += layers.get(i).entryBytes();
            if (i != 0) {
                user += layers.get(i).entryBytes();
            }
        }
        double ratio = (double) wasted / (double) user; // NaN or +Inf when user == 0, as in dive
        Double percent = Double.isFinite(ratio) ? ratio : null;
        return new DiveEfficiency(score, wasted, percent, total, user, List.copyOf(list), List.copyOf(stops), ratio);
    }

    /** Marks the nodes of layer {@code i}'s tree: explicit entries get {@code lastEntry}, implicit parents -1. */
    private int[] nodesOf(int i) {
        LayerTable t = layers.get(i);
        token++;
        int[] nodes = new int[Math.max(16, t.count() * 2)];
        int k = 0;
        for (int e = 0; e < t.count(); e++) {
            int p = t.path(e);
            if (t.kind(e) != LayerTable.OPAQUE) {
                if (stamp[p] != token) {
                    stamp[p] = token;
                    if (k == nodes.length) {
                        nodes = Arrays.copyOf(nodes, k * 2);
                    }
                    nodes[k++] = p;
                }
                lastEntry[p] = e; // a path listed twice keeps its last payload, as dive's AddPath does
            }
        }
        int explicit = k;
        for (int j = 0; j < explicit; j++) {
            k = addParents(nodes, k, paths.parent(nodes[j]));
            nodes = grown;
        }
        for (int e = 0; e < t.count(); e++) {
            if (t.kind(e) == LayerTable.OPAQUE) {
                // dive creates the marker's directory (empty payload when the layer does not list it)
                k = addParents(nodes, k, t.link(e));
                nodes = grown;
            }
        }
        return Arrays.copyOf(nodes, k);
    }

    private int[] grown;

    private int addParents(int[] nodes, int k, int from) {
        grown = nodes;
        for (int p = from; p > PathTable.ROOT; p = paths.parent(p)) {
            if (stamp[p] == token) {
                break;
            }
            stamp[p] = token;
            lastEntry[p] = -1;
            if (k == grown.length) {
                grown = Arrays.copyOf(grown, k * 2);
            }
            grown[k++] = p;
        }
        return k;
    }

    private void visit(int i) {
        LayerTable t = layers.get(i);
        int[] nodes = nodesOf(i);
        int tok = token;
        // leaves: nodes no other node of this layer has as parent
        BitSet hasChild = new BitSet(n);
        for (int p : nodes) {
            int parent = paths.parent(p);
            if (parent > PathTable.ROOT && stamp[parent] == tok) {
                hasChild.set(parent);
            }
        }
        List<Integer> leaves = new ArrayList<>();
        for (int p : nodes) {
            if (!hasChild.get(p)) {
                leaves.add(p);
            }
        }
        leaves.sort(Comparator.comparingInt(p -> rank[p]));
        for (int p : leaves) {
            int e = lastEntry[p];
            int key = p;
            long bytes;
            if (e >= 0 && t.kind(e) == LayerTable.WHITEOUT) {
                key = t.link(e);
                if (!present.get(key)) {
                    stops.add(new DiveEfficiency.Stop(i + 1, paths.path(key)));
                    break;
                }
                bytes = isDir.get(key) ? subtreeSize(key) : 0;
            } else {
                bytes = e >= 0 ? t.size(e) : 0;
            }
            cumulative[key] += bytes;
            if (smallest[key] < 0 || bytes < smallest[key]) {
                smallest[key] = bytes;
            }
            count[key]++;
            if (count[key] == 1) {
                firstLayer[key] = i;
            } else {
                List<Integer> ls = layersOf.get(key);
                if (ls == null) {
                    ls = new ArrayList<>();
                    ls.add(firstLayer[key]);
                    layersOf.put(key, ls);
                }
                ls.add(i);
                if (count[key] == 2) {
                    inefficient.add(key);
                }
            }
        }
    }

    /** The node and everything present below it in the stacked tree. */
    private long subtreeSize(int root) {
        long sum = size[root];
        int[] stack = new int[64];
        int sp = 0;
        stack[sp++] = root;
        while (sp > 0) {
            int p = stack[--sp];
            for (int c = paths.firstChild(p); c >= 0; c = paths.nextSibling(c)) {
                if (present.get(c)) {
                    sum += size[c];
                    if (sp == stack.length) {
                        stack = Arrays.copyOf(stack, sp * 2);
                    }
                    stack[sp++] = c;
                }
            }
        }
        return sum;
    }

    private void remove(int root) {
        int[] stack = new int[64];
        int sp = 0;
        stack[sp++] = root;
        present.clear(root);
        while (sp > 0) {
            int p = stack[--sp];
            for (int c = paths.firstChild(p); c >= 0; c = paths.nextSibling(c)) {
                if (present.get(c)) {
                    present.clear(c);
                    if (sp == stack.length) {
                        stack = Arrays.copyOf(stack, sp * 2);
                    }
                    stack[sp++] = c;
                }
            }
        }
    }

    /** dive's Stack: whiteouts remove, every other node (implicit parents included) is written over the stack. */
    private void stack(int i) {
        LayerTable t = layers.get(i);
        int[] nodes = nodesOf(i);
        for (int p : nodes) {
            int e = lastEntry[p];
            if (e >= 0 && t.kind(e) == LayerTable.WHITEOUT && present.get(t.link(e))) {
                remove(t.link(e));
            }
        }
        for (int p : nodes) {
            int e = lastEntry[p];
            if (e >= 0 && t.kind(e) == LayerTable.WHITEOUT) {
                continue;
            }
            for (int a = paths.parent(p); a > PathTable.ROOT && !present.get(a); a = paths.parent(a)) {
                present.set(a); // AddPath creates missing parents with an empty payload
                isDir.clear(a);
                size[a] = 0;
            }
            present.set(p);
            if (e >= 0) {
                size[p] = t.size(e);
                isDir.set(p, t.kind(e) == LayerTable.DIR);
            } else {
                size[p] = 0;
                isDir.clear(p);
            }
        }
    }
}
