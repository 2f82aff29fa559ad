package dev.dockscope.analysis.files;

import dev.dockscope.StartupTrace;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.files.ChangeCount;
import dev.dockscope.model.files.DirChange;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerFiles;
import dev.dockscope.model.files.LayerReclaim;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathChange;
import dev.dockscope.model.files.PathTable;
import dev.dockscope.model.files.Reclaimable;
import dev.dockscope.model.files.Suggestion;
import dev.dockscope.model.files.WastedPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The {@code --files} analysis: per-layer changes (OCI semantics, {@link Replay}), dive's numbers
 * ({@link Efficiency}), the reclaimable bytes, a verdict and fixes. Pure: no I/O.
 */
public final class ImageFiles {
    /** Names that a COPY of a build context should rarely carry. */
    private static final Set<String> IGNORABLE = Set.of(".git", ".svn", ".hg", ".DS_Store", "__pycache__",
            ".pytest_cache", ".mypy_cache", ".idea", ".vscode", ".terraform", ".env");

    private ImageFiles() {
    }

    public static FilesReport analyze(ImageContents image, FilesOptions options) {
        long entries = 0;
        for (ImageContents.Layer l : image.layers()) {
            entries += l.table().count();
        }
        return analyze(image, options, entries >= PARALLEL_ENTRIES && Runtime.getRuntime().availableProcessors() > 1);
    }

    /** {@code parallel}: dive's figures on a thread of their own while this one replays the layers. */
    static FilesReport analyze(ImageContents image, FilesOptions options, boolean parallel) {
        List<LayerTable> tables = new ArrayList<>();
        image.layers().forEach(l -> tables.add(l.table()));
        List<String> instructions = Instructions.forLayers(image.config(), tables.size());
        // dive's figures and the replay only read the tables: on a big image they run side by side (the ranks are
        // computed first, so that neither fills that cache while the other reads it)
        image.paths().sortedRanks();
        FutureTask<DiveEfficiency> efficiency = new FutureTask<>(
                () -> Efficiency.compute(image.paths(), tables));
        if (parallel) {
            Thread t = new Thread(efficiency, "dockscope-efficiency");
            t.setDaemon(true);
            t.start();
        } else {
            efficiency.run();
        }
        Collector c = new Collector(image.paths(), tables, instructions, options);
        Replay replay = new Replay(image.paths(), tables);
        replay.run(c);
        DiveEfficiency dive = join(efficiency);
        if (dive.inefficiencies().size() > options.topWasted()) {
            dive = new DiveEfficiency(dive.efficiency(), dive.wastedBytes(), dive.userWastedPercent(),
                    dive.sizeBytes(), dive.userSizeBytes(), dive.inefficiencies().subList(0, options.topWasted()),
                    dive.stops(), dive.userWastedRatio());
        }
        FilesReport report = c.report(image, replay, dive);
        StartupTrace.mark("files analysed");
        return report;
    }

    /** Entries in all layers from which dive's figures get a thread of their own. */
    static final int PARALLEL_ENTRIES = 10_000;

    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the image's efficiency", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Gathers the replay's changes into per-layer figures and the hidden copies. */
    private static final class Collector implements Replay.Sink {
        private final PathTable paths;
        private final List<LayerTable> layers;
        private final List<String> instructions;
        private final FilesOptions options;
        private final int n;
        private final long[][] counts; // per layer: added files, bytes, modified files, bytes, removed files, bytes
        private final List<PriorityQueue<Cand>> top = new ArrayList<>();
        private final List<Map<Integer, long[]>> dirs = new ArrayList<>();
        private final int[] rank;
        // hidden copies
        private int hidden;
        private int[] hPath = new int[256];
        private int[] hLayer = new int[256];
        private int[] hEntry = new int[256];
        private int[] hBy = new int[256];
        private byte[] hCause = new byte[256];
        // (stored, rewrittenBy) → bytes rewritten with the same content (permission/owner-only changes)
        private final Map<Long, long[]> sameContent = new HashMap<>();
        private final long[] ignorableBytes;
        private final List<Set<String>> ignorableNames = new ArrayList<>();

        Collector(PathTable paths, List<LayerTable> layers, List<String> instructions, FilesOptions options) {
            this.paths = paths;
            this.layers = layers;
            this.instructions = instructions;
            this.options = options;
            this.n = layers.size();
            this.counts = new long[n][6];
            this.rank = paths.sortedRanks();
            this.ignorableBytes = new long[n];
            for (int i = 0; i < n; i++) {
                top.add(new PriorityQueue<>(Cand.ORDER));
                dirs.add(new HashMap<>());
                ignorableNames.add(new TreeSet<>());
            }
        }

        @Override
        public void wrote(int layer, int entry, int path, int prevLayer, int prevEntry) {
            if (prevLayer == layer) {
                return; // the same path twice in one tar: counted once, the earlier copy is hidden
            }
            LayerTable t = layers.get(layer);
            byte k = t.kind(entry);
            long[] c = counts[layer];
            if (k == LayerTable.DIR) {
                if (prevLayer >= 0) {
                    LayerTable pt = layers.get(prevLayer);
                    if (pt.kind(prevEntry) == LayerTable.DIR && (pt.mode(prevEntry) != t.mode(entry)
                            || pt.uid(prevEntry) != t.uid(entry) || pt.gid(prevEntry) != t.gid(entry))) {
                        c[2]++;
                        change(layer, path, 1, 0);
                    }
                }
                return;
            }
            long size = t.size(entry);
            if (prevLayer < 0) {
                c[0]++;
                c[1] += size;
                change(layer, path, 0, size);
                offer(layer, path, "added", size);
            } else {
                c[2]++;
                c[3] += size;
                change(layer, path, 1, size);
                offer(layer, path, "modified", size);
                LayerTable pt = layers.get(prevLayer);
                if (k == LayerTable.FILE && pt.kind(prevEntry) == LayerTable.FILE && pt.size(prevEntry) == size
                        && pt.crc(prevEntry) == t.crc(entry)) {
                    sameContent.computeIfAbsent(((long) prevLayer << 32) | layer, x -> new long[1])[0] += size;
                }
            }
            if (Instructions.isCopy(instructions.get(layer))) {
                for (int a = path; a > PathTable.ROOT; a = paths.parent(a)) {
                    if (IGNORABLE.contains(paths.name(a))) {
                        ignorableBytes[layer] += size;
                        if (ignorableNames.get(layer).size() < 4) {
                            ignorableNames.get(layer).add(paths.name(a));
                        }
                        break;
                    }
                }
            }
        }

        @Override
        public void hidden(int layer, int path, int ownerLayer, int ownerEntry, int cause) {
            LayerTable t = layers.get(ownerLayer);
            byte k = t.kind(ownerEntry);
            if (k == LayerTable.DIR) {
                return;
            }
            if (hidden == hPath.length) {
                int cap = hidden * 2;
                hPath = Arrays.copyOf(hPath, cap);
                hLayer = Arrays.copyOf(hLayer, cap);
                hEntry = Arrays.copyOf(hEntry, cap);
                hBy = Arrays.copyOf(hBy, cap);
                hCause = Arrays.copyOf(hCause, cap);
            }
            hPath[hidden] = path;
            hLayer[hidden] = ownerLayer;
            hEntry[hidden] = ownerEntry;
            hBy[hidden] = layer;
            hCause[hidden] = (byte) cause;
            hidden++;
            if (cause == Replay.DELETED) {
                long size = t.size(ownerEntry);
                counts[layer][4]++;
                counts[layer][5] += size;
                change(layer, path, 2, size);
                offer(layer, path, "removed", size);
            }
        }

        /** Adds a change to the layer's directory totals, up to the tree depth. */
        private void change(int layer, int path, int what, long size) {
            Map<Integer, long[]> m = dirs.get(layer);
            add(m, PathTable.ROOT, what, size);
            for (int a = paths.parent(path); a > PathTable.ROOT; a = paths.parent(a)) {
                if (paths.depth(a) <= options.depth()) {
                    add(m, a, what, size);
                }
            }
        }

        private static void add(Map<Integer, long[]> m, int dir, int what, long size) {
            long[] v = m.computeIfAbsent(dir, x -> new long[4]);
            v[what] += size;
            v[3]++;
        }

        private void offer(int layer, int path, String change, long size) {
            if (options.topPaths() == 0) {
                return;
            }
            PriorityQueue<Cand> q = top.get(layer);
            Cand cand = new Cand(size, rank[path], path, change);
            if (q.size() < options.topPaths()) {
                q.add(cand);
            } else if (Cand.ORDER.compare(cand, q.peek()) > 0) {
                q.poll();
                q.add(cand);
            }
        }

        FilesReport report(ImageContents image, Replay replay, DiveEfficiency dive) {
            // content still reachable through a visible hard link is not reclaimable
            Set<Long> alive = new HashSet<>();
            long visibleFiles = 0;
            long visibleBytes = 0;
            for (int p = 0; p < paths.size(); p++) {
                int l = replay.ownerLayer(p);
                if (l < 0) {
                    continue;
                }
                LayerTable t = layers.get(l);
                int e = replay.ownerEntry(p);
                byte k = t.kind(e);
                if (k == LayerTable.DIR) {
                    continue;
                }
                visibleFiles++;
                if (k == LayerTable.FILE) {
                    visibleBytes += t.size(e);
                } else if (k == LayerTable.HARDLINK) {
                    alive.add(((long) l << 32) | t.link(e));
                }
            }
            long[] overwritten = new long[n];
            long[] deleted = new long[n];
            Map<Integer, WasteAgg> byPath = new HashMap<>();
            Map<Long, long[]> deletedPairs = new HashMap<>();
            Map<Long, long[]> rewrittenPairs = new HashMap<>();
            for (int h = 0; h < hidden; h++) {
                LayerTable t = layers.get(hLayer[h]);
                if (t.kind(hEntry[h]) != LayerTable.FILE) {
                    continue;
                }
                if (alive.contains(((long) hLayer[h] << 32) | hPath[h])) {
                    visibleBytes += t.size(hEntry[h]);
                    continue;
                }
                long size = t.size(hEntry[h]);
                long pair = ((long) hLayer[h] << 32) | hBy[h];
                if (hCause[h] == Replay.DELETED) {
                    deleted[hLayer[h]] += size;
                    deletedPairs.computeIfAbsent(pair, x -> new long[1])[0] += size;
                } else {
                    overwritten[hLayer[h]] += size;
                    rewrittenPairs.computeIfAbsent(pair, x -> new long[1])[0] += size;
                }
                byPath.computeIfAbsent(hPath[h], x -> new WasteAgg()).add(size, hCause[h], hLayer[h], hBy[h]);
            }
            long totalOver = Arrays.stream(overwritten).sum();
            long totalDel = Arrays.stream(deleted).sum();
            List<LayerReclaim> perLayer = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                perLayer.add(new LayerReclaim(i + 1, overwritten[i], deleted[i]));
            }
            List<Map.Entry<Integer, WasteAgg>> wastes = new ArrayList<>(byPath.entrySet());
            wastes.removeIf(w -> w.getValue().bytes == 0);
            wastes.sort(Comparator.<Map.Entry<Integer, WasteAgg>>comparingLong(w -> -w.getValue().bytes)
                    .thenComparingInt(w -> rank[w.getKey()]));
            List<WastedPath> topWasted = new ArrayList<>();
            for (var w : wastes.subList(0, Math.min(options.topWasted(), wastes.size()))) {
                WasteAgg a = w.getValue();
                String cause = a.over && a.del ? "overwritten+deleted" : a.over ? "overwritten" : "deleted";
                topWasted.add(new WastedPath(paths.path(w.getKey()), a.bytes, cause, List.copyOf(a.stored),
                        List.copyOf(a.by)));
            }
            Reclaimable reclaimable = new Reclaimable(totalOver + totalDel, totalOver, totalDel, List.copyOf(perLayer),
                    List.copyOf(topWasted));

            List<LayerFiles> layerFiles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ImageContents.Layer l = image.layers().get(i);
                LayerTable t = l.table();
                long[] c = counts[i];
                List<Cand> cands = new ArrayList<>(top.get(i));
                cands.sort(Cand.ORDER.reversed());
                List<PathChange> topPaths = new ArrayList<>();
                for (Cand cand : cands) {
                    topPaths.add(new PathChange(paths.path(cand.path), cand.change, cand.size));
                }
                layerFiles.add(new LayerFiles(i + 1, l.digest(), l.diffId(), instructions.get(i), t.compression(),
                        t.storedBytes(), t.tarBytes(), t.entryBytes(), t.count(), new ChangeCount(c[0], c[1]),
                        new ChangeCount(c[2], c[3]), new ChangeCount(c[4], c[5]), List.copyOf(topPaths),
                        tree(dirs.get(i), PathTable.ROOT), overwritten[i] + deleted[i]));
            }

            List<Suggestion> suggestions = suggestions(deletedPairs, rewrittenPairs);
            long reclaim = totalOver + totalDel;
            String verdict = dive.efficiency() >= 0.95 ? FilesReport.EFFICIENT
                    : dive.efficiency() >= 0.9 ? FilesReport.ACCEPTABLE : FilesReport.WASTEFUL;
            List<String> concepts = List.of(Concept.LAYER_CACHE.slug(), Concept.IMAGE.slug(), Concept.MULTI_STAGE.slug());
            return new FilesReport(image.sourceKind(), image.source(), image.sourceNote(), image.format(),
                    image.repoTags(), image.platform(), n, visibleFiles,
                    visibleBytes, dive.efficiency(), dive.wastedBytes(), dive.userWastedPercent(), reclaim, dive,
                    reclaimable, verdict, suggestions, List.copyOf(layerFiles), concepts);
        }

        /**
         * The fixes, largest first: bytes deleted or rewritten by a later layer (by the pair of layers), at most
         * three, then every COPY that brought in files a .dockerignore should keep out.
         */
        private List<Suggestion> suggestions(Map<Long, long[]> deletedPairs, Map<Long, long[]> rewrittenPairs) {
            List<Suggestion> out = new ArrayList<>();
            for (var e : sorted(deletedPairs)) {
                int stored = (int) (e.getKey() >>> 32);
                int by = (int) (long) e.getKey();
                out.add(new Suggestion(stored == 0 ? "multi-stage" : "merge-delete", Suggestion.DELETED,
                        e.getValue()[0], List.of(stored + 1, by + 1), List.of()));
            }
            for (var e : sorted(rewrittenPairs)) {
                int stored = (int) (e.getKey() >>> 32);
                int by = (int) (long) e.getKey();
                if (stored == by) {
                    continue;
                }
                long bytes = e.getValue()[0];
                long[] same = sameContent.get(e.getKey());
                boolean ownerOnly = same != null && same[0] * 2 >= bytes;
                out.add(new Suggestion(ownerOnly ? "copy-chown" : "multi-stage", Suggestion.OVERWRITTEN, bytes,
                        List.of(stored + 1, by + 1), List.of()));
            }
            out.sort(Comparator.comparingLong(Suggestion::bytes).reversed());
            List<Suggestion> kept = new ArrayList<>(out.subList(0, Math.min(3, out.size())));
            for (int i = 0; i < n; i++) {
                if (ignorableBytes[i] > 0) {
                    kept.add(new Suggestion("dockerignore", null, ignorableBytes[i], List.of(i + 1),
                            List.copyOf(ignorableNames.get(i))));
                }
            }
            return List.copyOf(kept);
        }

        private static List<Map.Entry<Long, long[]>> sorted(Map<Long, long[]> m) {
            List<Map.Entry<Long, long[]>> l = new ArrayList<>(m.entrySet());
            l.removeIf(e -> e.getValue()[0] == 0);
            l.sort(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0])
                    .thenComparingLong(Map.Entry::getKey));
            return l;
        }

        private DirChange tree(Map<Integer, long[]> m, int dir) {
            long[] v = m.getOrDefault(dir, new long[4]);
            List<Integer> kids = new ArrayList<>();
            if (paths.depth(dir) < options.depth()) {
                for (int c = paths.firstChild(dir); c >= 0; c = paths.nextSibling(c)) {
                    if (m.containsKey(c)) {
                        kids.add(c);
                    }
                }
            }
            kids.sort(Comparator.<Integer>comparingLong(c -> {
                long[] x = m.get(c);
                return -(x[0] + x[1] + x[2]);
            }).thenComparingInt(c -> rank[c]));
            List<DirChange> children = new ArrayList<>();
            for (int c : kids.subList(0, Math.min(options.treeChildren(), kids.size()))) {
                children.add(tree(m, c));
            }
            return new DirChange(paths.path(dir), v[0], v[1], v[2], v[3], List.copyOf(children),
                    kids.size() - children.size());
        }
    }

    private static final class WasteAgg {
        long bytes;
        boolean over;
        boolean del;
        final TreeSet<Integer> stored = new TreeSet<>();
        final TreeSet<Integer> by = new TreeSet<>();

        void add(long size, int cause, int storedIn, int hiddenBy) {
            bytes += size;
            if (cause == Replay.DELETED) {
                del = true;
            } else {
                over = true;
            }
            stored.add(storedIn + 1);
            by.add(hiddenBy + 1);
        }
    }

    private record Cand(long size, int rank, int path, String change) {
        /** Smaller first: smaller size, then later path. */
        static final Comparator<Cand> ORDER = Comparator.comparingLong(Cand::size)
                .thenComparing(Comparator.comparingInt(Cand::rank).reversed());
    }
}
