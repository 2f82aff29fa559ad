package dev.dockscope.docker.source;

import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32C;

/**
 * An uncompressed archive on disk, read by position instead of as a stream. Its uncompressed layers are parsed
 * header by header, skipping each file's content without reading it ({@link LayerScanner#scanRegion}); what the
 * stream got from reading every byte comes from the file separately:
 * <ul>
 * <li>each layer's SHA-256 (its diff id, checked against the config) on other threads, biggest layer first: each
 * reads its layer once, front to back in large reads, hashing every byte and parsing the headers it passes, and
 * this thread adds the entries to the tables (the path table is this thread's alone);</li>
 * <li>a file's content CRC-32C only where the analysis compares it: a path that is a regular file in more than one
 * layer (an overwrite whose bytes may or may not have changed). Elsewhere the CRC is never read, so it stays 0.</li>
 * </ul>
 * Compressed layers and everything that is not a layer go through the stream as before.
 */
final class ArchiveFile implements AutoCloseable {
    /** Bytes per read when checksumming: small enough that the copy stays in the core's cache. */
    private static final int CHUNK = 64 * 1024;
    /** Bytes read past a header when parsing a layer by position (small files' next header is often in them). */
    static final int READ_AHEAD = 4 * 1024;

    private final FileChannel channel;
    private final long size;
    private final boolean hash;
    private final ScanLimits limits;
    private ExecutorService pool;
    private final Map<Long, Ahead> ahead = new HashMap<>();
    private final Map<LayerTable, Deferred> deferred = new IdentityHashMap<>();

    ArchiveFile(FileChannel channel, long size, boolean hash, ScanLimits limits) {
        this.channel = channel;
        this.size = size;
        this.hash = hash;
        this.limits = limits;
    }

    /** A layer of the file, {@code [start, start + length)}, named as the parse names it in messages. */
    record Layer(long start, long length, String label) {
    }

    private record Ahead(String label, LayerScanner.Read read) {
    }

    FileChannel channel() {
        return channel;
    }

    long size() {
        return size;
    }

    /** True when {@code [start, start + length)} lies inside the file, so it can be read by position. */
    boolean holds(long start, long length) {
        return start >= 0 && length >= 0 && start <= size - length;
    }

    /** What the bytes at {@code start} are, from at most 512 of them. */
    LayerScanner.Kind sniff(long start, long length) throws IOException {
        byte[] head = new byte[(int) Math.min(512, length)];
        int n = read(start, head);
        return LayerScanner.sniff(head, n);
    }

    private int read(long at, byte[] b) throws IOException {
        try {
            return FileRegion.readAt(channel, at, b);
        } catch (IOException e) {
            throw new SourceReadException(at, e);
        }
    }

    /**
     * Starts reading the given layers on other threads before anything is parsed: each one is read once, front to
     * back, hashed and its headers parsed ({@link LayerScanner#readAhead}); the biggest layer is the longest single
     * task, so it starts first.
     */
    void readAhead(List<Layer> layers) {
        if (!hash) {
            return;
        }
        // the biggest first, then the others in the archive's order, the order this thread adds them in: each is
        // added while the next ones are read, instead of all of them once the smallest, read last, is done
        List<Layer> order = new ArrayList<>(layers);
        layers.stream().max(Comparator.comparingLong(Layer::length)).ifPresent(big -> {
            order.remove(big);
            order.add(0, big);
        });
        for (Layer l : order) {
            readLater(l.start(), l.length(), l.label());
        }
    }

    private LayerScanner.Read readLater(long start, long length, String label) {
        Ahead a = ahead.get(start);
        if (a != null && a.label().equals(label)) {
            return a.read();
        }
        if (pool == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dockscope-layer-read");
                t.setDaemon(true);
                return t;
            });
        }
        LayerScanner.Read read = new LayerScanner.Read();
        pool.execute(() -> LayerScanner.readAhead(new FileRegion(channel, start, length, null), label, limits, true,
                read));
        ahead.put(start, new Ahead(label, read));
        return read;
    }

    /**
     * The table of the uncompressed layer at {@code [start, start + length)}: the same as streaming it, but for the
     * CRCs nothing compares (left 0; {@link #finish} reads the others). When hashing, a pool thread reads the layer
     * once ({@link #readAhead}) and this thread adds its entries; else the headers are parsed here by position,
     * the file contents skipped without reading them.
     */
    LayerTable scan(LayerScanner scanner, long start, long length, String label) throws IOException {
        Deferred d = new Deferred(start);
        LayerTable t;
        if (hash && length > 0) {
            t = scanner.replay(readLater(start, length, label), label, d);
        } else {
            t = scanner.scanRegion(new FileRegion(channel, start, length, null), label, d);
        }
        deferred.put(t, d);
        return t;
    }

    /**
     * Once every layer is parsed: reads the content CRCs the analysis compares, for
     * {@code tables} (every layer of the archive, whichever way it was read).
     */
    void finish(Collection<LayerTable> tables, PathTable paths) throws IOException {
        // paths that are a regular file in more than one layer: only there does a content CRC tell anything
        int[] first = new int[paths.size()];
        BitSet shared = new BitSet(paths.size());
        int ti = 0;
        for (LayerTable t : tables) {
            ti++;
            for (int e = 0; e < t.count(); e++) {
                if (t.kind(e) == LayerTable.FILE) {
                    int p = t.path(e);
                    if (first[p] == 0) {
                        first[p] = ti;
                    } else if (first[p] != ti) {
                        shared.set(p);
                    }
                }
            }
        }
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[CHUNK];
        ByteBuffer bb = ByteBuffer.wrap(buf);
        for (Map.Entry<LayerTable, Deferred> m : deferred.entrySet()) {
            LayerTable t = m.getKey();
            Deferred d = m.getValue();
            for (int k = 0; k < d.count; k++) {
                int e = d.entries[k];
                if (!shared.get(t.path(e))) {
                    continue;
                }
                crc.reset();
                long pos = d.offsets[k];
                long end = pos + t.size(e);
                while (pos < end) {
                    bb.clear().limit((int) Math.min(CHUNK, end - pos));
                    int n;
                    try {
                        n = channel.read(bb, pos);
                    } catch (IOException x) {
                        throw new SourceReadException(pos, x);
                    }
                    if (n <= 0) {
                        throw new SourceReadException(pos, new IOException("the file ended early"));
                    }
                    crc.update(buf, 0, n);
                    pos += n;
                }
                t.setCrc(e, (int) crc.getValue());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Where each regular file's content starts in the file, by entry, for the CRCs read at the end. */
    static final class Deferred implements LayerScanner.ContentSum {
        private final long start;
        private int count;
        private int[] entries = new int[64];
        private long[] offsets = new long[64];

        Deferred(long start) {
            this.start = start;
        }

        @Override
        public int consume(TarStream tar, TarStream.Entry e, LayerTable table) throws IOException {
            if (e.size() > 0) {
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, count * 2);
                    offsets = Arrays.copyOf(offsets, count * 2);
                }
                entries[count] = table.count();
                offsets[count] = start + e.offset() + TarStream.BLOCK; // the content follows its header
                count++;
            }
            tar.skip(null);
            return 0; // CRC-32C of no bytes, and the placeholder until finish() reads one
        }
    }
}
