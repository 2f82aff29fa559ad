package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import dev.dockscope.model.text.Sanitizer;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;

/**
 * Reads one layer tar (plain, gzip or zstd, told apart by their magic bytes, never by a media type) into a
 * {@link LayerTable} as it streams past: each entry's header is kept, its content only runs through a CRC-32C.
 * Nothing is extracted. Unsafe names ({@code ..} or absolute) are refused with the layer and offset.
 */
final class LayerScanner {
    static final int BUFFER = 128 * 1024;

    private final PathTable paths;
    private final ScanLimits limits;
    private final boolean hash;

    LayerScanner(PathTable paths, ScanLimits limits) {
        this(paths, limits, false);
    }

    /** {@code hash}: hash each uncompressed layer (its diff id, checked against the config by the caller). */
    LayerScanner(PathTable paths, ScanLimits limits, boolean hash) {
        this.paths = paths;
        this.limits = limits;
        this.hash = hash;
    }

    enum Kind { TAR, GZIP, ZSTD, JSON, EMPTY, UNKNOWN }

    /** Sniffs the first bytes: gzip {@code 1f 8b}, zstd {@code 28 b5 2f fd}, a tar header ({@code ustar} or a valid checksum), JSON. */
    static Kind sniff(byte[] head, int n) {
        if (n == 0) {
            return Kind.EMPTY;
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Kind.GZIP;
        }
        if (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return Kind.ZSTD;
        }
        if (n >= 512 && (looksLikeTarHeader(head) || allZero(head, 512))) {
            return Kind.TAR;
        }
        int i = 0;
        while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        if (i < n && (head[i] == '{' || head[i] == '[')) {
            return Kind.JSON;
        }
        return Kind.UNKNOWN;
    }

    private static boolean allZero(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeTarHeader(byte[] h) {
        if (h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r') {
            return true;
        }
        long stored = 0;
        int i = 148;
        while (i < 156 && (h[i] == ' ' || h[i] == 0)) {
            i++;
        }
        boolean any = false;
        while (i < 156 && h[i] >= '0' && h[i] <= '7') {
            stored = stored * 8 + (h[i] - '0');
            any = true;
            i++;
        }
        if (!any) {
            return false;
        }
        long sum = 0;
        for (int k = 0; k < 512; k++) {
            sum += (k >= 148 && k < 156) ? ' ' : (h[k] & 0xff);
        }
        return sum == stored;
    }

    /** Reads the head of {@code raw} to decide what it is, leaving it unread. */
    static Kind peek(PushbackInputStream raw, byte[] head) throws IOException {
        int n = 0;
        while (n < head.length) {
            int r = raw.read(head, n, head.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > 0) {
            raw.unread(head, 0, n);
        }
        return sniff(head, n);
    }

    /**
     * Scans a layer. {@code raw} is the layer blob exactly as stored; {@code storedBytes} its length (-1 unknown).
     * {@code label} names the layer in messages ("layer blobs/sha256/ab12…").
     */
    LayerTable scan(InputStream rawIn, long storedBytes, String label) throws IOException {
        PushbackInputStream raw = new PushbackInputStream(rawIn, 512);
        byte[] head = new byte[512];
        Kind kind = peek(raw, head);
        CountingInput counted;
        String compression;
        switch (kind) {
            case GZIP -> {
                compression = "gzip";
                counted = new CountingInput(bounded(new GZIPInputStream(raw, 64 * 1024), storedBytes, label, "gzip"), hash);
            }
            case ZSTD -> {
                compression = "zstd";
                counted = new CountingInput(bounded(new ZstdInputStream(raw), storedBytes, label, "zstd"), hash);
            }
            case TAR, EMPTY -> {
                compression = "none";
                counted = new CountingInput(raw, hash);
            }
            default -> throw new DockscopeException(ExitCode.USAGE, label + ": not a tar, gzip or zstd stream "
                    + "(first bytes: " + hex(head, Math.min(8, storedBytes < 0 ? 8 : (int) Math.min(8, storedBytes)))
                    + ") at byte 0 of the layer.", "The archive is damaged or is not an image; save it again.");
        }
        return scanTar(counted, storedBytes, compression, label, new Crc32cContent());
    }

    /**
     * How a regular file's content becomes its identity in {@link LayerTable#crc}: the content is consumed either way.
     * An exported layer streams it through a CRC-32C; a layer-store index has no content, only tar-split's CRC-64.
     */
    interface ContentSum {
        /** {@code table}: the layer's table so far; {@code e} becomes its entry {@code table.count()}. */
        int consume(TarStream tar, TarStream.Entry e, LayerTable table) throws IOException;
    }

    private static final class Crc32cContent implements ContentSum {
        private final CRC32C crc = new CRC32C();

        @Override
        public int consume(TarStream tar, TarStream.Entry e, LayerTable table) throws IOException {
            crc.reset();
            tar.skip(crc);
            return (int) crc.getValue();
        }
    }

    /**
     * Reads an uncompressed layer tar. {@code storedBytes} &lt; 0 means "as many as the tar": the layer was not stored
     * compressed. The stream is read to its end, so {@link LayerTable#tarBytes()} is the whole tar's length.
     */
    LayerTable scanTar(CountingInput counted, long storedBytes, String compression, String label, ContentSum sum)
            throws IOException {
        return scanTar(counted, storedBytes, compression, label, sum, BUFFER, Integer.MAX_VALUE);
    }

    /**
     * An uncompressed layer read by position ({@link ArchiveFile}): the headers are parsed exactly as when streaming,
     * but {@code sum} skips each file's content without reading it, and the tar is not hashed here.
     */
    LayerTable scanRegion(FileRegion region, String label, ContentSum sum) throws IOException {
        return scanTar(new CountingInput(region), -1, "none", label, sum, 4 * ArchiveFile.READ_AHEAD,
                ArchiveFile.READ_AHEAD);
    }

    /**
     * What a pool thread reads of an uncompressed layer on disk in one pass ({@link #readAhead}), handed over as it
     * goes: batches of entries in order, then the layer's length and SHA-256, or the failure that stopped it after
     * the entries before it. The reading thread always ends the hand-over, whatever happens to it.
     */
    static final class Read {
        private static final int BATCH = 2048;
        private final BlockingQueue<List<TarStream.Entry>> batches = new LinkedBlockingQueue<>();
        private volatile long tarBytes;
        private volatile String digest;
        private volatile Throwable failure;

        private void end() {
            batches.add(List.of()); // the end: every real batch holds at least one entry
        }
    }

    /**
     * Reads an uncompressed layer once, front to back in large reads, hashing every byte and parsing its headers
     * (the strict reader, as {@link #scanTar}), for {@link #replay} on the thread that owns the path table, which
     * adds the entries while the rest is read. Runs on any thread: it touches nothing shared but {@code into}.
     * Failures are kept in {@code into}, worded as {@link #scanTar} words them.
     */
    static void readAhead(InputStream layer, String label, ScanLimits limits, boolean hash, Read into) {
        CountingInput counted = new CountingInput(layer, hash);
        TarStream tar = new TarStream(counted, label, BUFFER, limits.maxEntries());
        List<TarStream.Entry> batch = new ArrayList<>(Read.BATCH);
        try {
            TarStream.Entry e;
            while ((e = tar.next()) != null) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException();
                }
                batch.add(e);
                if (batch.size() == Read.BATCH) {
                    into.batches.add(batch);
                    batch = new ArrayList<>(Read.BATCH);
                }
            }
            while (counted.skip(Long.MAX_VALUE) > 0 || counted.read() >= 0) {
                // the end-of-archive blocks and the record padding after them: counted and hashed, never parsed
            }
            into.tarBytes = counted.count();
            into.digest = counted.count() > 0 ? counted.digest() : null;
        } catch (DockscopeException | SourceReadException ex) {
            into.failure = ex;
        } catch (IOException | RuntimeException ex) {
            into.failure = new DockscopeException(ExitCode.USAGE, label + ": corrupt none data near byte "
                    + counted.count() + " of the uncompressed layer (" + ex.getMessage() + ").",
                    "The archive is damaged; save the image again.", ex);
        } catch (Error ex) {
            into.failure = ex;
            throw ex;
        } finally {
            if (!batch.isEmpty()) {
                into.batches.add(batch);
            }
            into.end();
        }
    }

    /**
     * The table of a layer {@link #readAhead} reads: its entries added in order, as they come, exactly as
     * {@link #scanTar} adds them (names cleaned and interned here), then its failure, if it had one.
     */
    LayerTable replay(Read read, String label, ContentSum sum) throws IOException {
        LayerTable table = new LayerTable();
        TarStream names = new TarStream(InputStream.nullInputStream(), label, 4 * TarStream.BLOCK, limits.maxEntries());
        try {
            while (true) {
                List<TarStream.Entry> batch;
                try {
                    batch = read.batches.take();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading a layer", ex);
                }
                if (batch.isEmpty()) {
                    break;
                }
                for (TarStream.Entry e : batch) {
                    add(table, names, e, sum);
                }
            }
        } catch (DockscopeException | SourceReadException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw new DockscopeException(ExitCode.USAGE, label + ": corrupt none data near byte " + read.tarBytes
                    + " of the uncompressed layer (" + ex.getMessage() + ").",
                    "The archive is damaged; save the image again.", ex);
        }
        Throwable f = read.failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw new IllegalStateException("reading " + label + " failed", err);
        }
        table.setSizes(read.tarBytes, read.tarBytes, "none");
        if (read.tarBytes > 0) {
            table.setUncompressedDigest(read.digest);
        }
        table.seal();
        return table;
    }

    private LayerTable scanTar(CountingInput counted, long storedBytes, String compression, String label,
            ContentSum sum, int buffer, int readAhead) throws IOException {
        LayerTable table = new LayerTable();
        TarStream tar = new TarStream(counted, label, buffer, limits.maxEntries(), readAhead);
        try {
            TarStream.Entry e;
            while ((e = tar.next()) != null) {
                add(table, tar, e, sum);
            }
            // the end-of-archive blocks and the record padding after them: counted, never parsed
            while (counted.skip(Long.MAX_VALUE) > 0 || counted.read() >= 0) {
                // drained
            }
        } catch (DockscopeException | SourceReadException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            // a decompressor failing on its own data (not the source failing to deliver it)
            throw new DockscopeException(ExitCode.USAGE, label + ": corrupt " + compression + " data near byte "
                    + counted.count() + " of the uncompressed layer (" + ex.getMessage() + ").",
                    "The archive is damaged; save the image again.", ex);
        }
        table.setSizes(counted.count(), storedBytes < 0 ? counted.count() : storedBytes, compression);
        if (counted.count() > 0) {
            table.setUncompressedDigest(counted.digest());
        }
        table.seal();
        return table;
    }

    private void add(LayerTable table, TarStream tar, TarStream.Entry e, ContentSum sum) throws IOException {
        String name = cleanName(e.name(), tar, e.offset());
        if (name.isEmpty()) {
            return; // "./": the root itself
        }
        int slash = name.lastIndexOf('/');
        int id = paths.intern(name);
        if (name.startsWith(".wh.", slash + 1)) {
            String base = name.substring(slash + 1);
            String dir = slash < 0 ? "" : name.substring(0, slash);
            if (base.equals(".wh..wh..opq")) {
                int dirId = dir.isEmpty() ? PathTable.ROOT : paths.intern(dir);
                table.add(id, LayerTable.OPAQUE, e.size(), e.mode(), e.uid(), e.gid(), 0, dirId);
            } else {
                String target = base.substring(4);
                if (target.isEmpty() || target.equals(".") || target.equals("..")) {
                    throw tar.corrupt("whiteout \"" + name + "\" names no file", e.offset());
                }
                int parent = dir.isEmpty() ? PathTable.ROOT : paths.intern(dir);
                table.add(id, LayerTable.WHITEOUT, e.size(), e.mode(), e.uid(), e.gid(), 0,
                        paths.child(parent, target, true));
            }
            tar.skip(null);
            return;
        }
        switch (e.type()) {
            case '5' -> table.add(id, LayerTable.DIR, 0, e.mode(), e.uid(), e.gid(), 0, -1);
            case '2' -> {
                table.add(id, LayerTable.SYMLINK, 0, e.mode(), e.uid(), e.gid(), e.linkName().hashCode(), -1);
                table.addLinkTarget(e.linkName().getBytes(StandardCharsets.UTF_8).length);
            }
            case '1' -> {
                String target = cleanName(e.linkName(), tar, e.offset());
                if (target.isEmpty()) {
                    throw tar.corrupt("hard link \"" + name + "\" points at the root", e.offset());
                }
                table.add(id, LayerTable.HARDLINK, 0, e.mode(), e.uid(), e.gid(), 0, paths.intern(target));
            }
            case '3', '4', '6' -> table.add(id, LayerTable.OTHER, 0, e.mode(), e.uid(), e.gid(), 0, -1);
            default -> {
                int identity = sum.consume(tar, e, table);
                table.add(id, LayerTable.FILE, e.size(), e.mode(), e.uid(), e.gid(), identity, -1);
                return;
            }
        }
        tar.skip(null);
    }

    /**
     * {@code ./a//b/} becomes {@code a/b}; {@code .} and {@code ./} become empty (the root). Absolute names and names
     * with a {@code ..} component are refused: nothing here is extracted, but such a layer is not a sane image.
     */
    static String cleanName(String raw, TarStream tar, long offset) {
        if (raw.startsWith("/")) {
            throw tar.corrupt("absolute path \"" + printable(raw) + "\"", offset);
        }
        int clean = cleanLength(raw);
        if (clean >= 0) {
            return clean == raw.length() ? raw : raw.substring(0, clean); // the usual case: nothing to rebuild
        }
        StringBuilder b = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int slash = raw.indexOf('/', i);
            int end = slash < 0 ? n : slash;
            int len = end - i;
            if (len == 0 || (len == 1 && raw.charAt(i) == '.')) {
                // empty or "." component
            } else if (len == 2 && raw.charAt(i) == '.' && raw.charAt(i + 1) == '.') {
                throw tar.corrupt("path with \"..\": \"" + printable(raw) + "\"", offset);
            } else {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(raw, i, end);
            }
            i = end + 1;
        }
        return b.toString();
    }

    /**
     * The length of {@code raw} without a trailing slash when it is already clean (no empty, {@code .} or {@code ..}
     * component; not empty), else -1.
     */
    private static int cleanLength(String raw) {
        int n = raw.length();
        int end = n > 0 && raw.charAt(n - 1) == '/' ? n - 1 : n;
        if (end == 0) {
            return -1;
        }
        int start = 0;
        while (true) {
            int slash = raw.indexOf('/', start);
            if (slash < 0 || slash > end) {
                slash = end;
            }
            int len = slash - start;
            if (len == 0 || raw.charAt(start) == '.' && (len == 1 || len == 2 && raw.charAt(start + 1) == '.')) {
                return -1;
            }
            if (slash == end) {
                return end;
            }
            start = slash + 1;
        }
    }

    private static String printable(String s) {
        String t = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return Sanitizer.line(t);
    }

    private InputStream bounded(InputStream in, long storedBytes, String label, String codec) {
        long cap = limits.expansionCap(storedBytes);
        return new CappedInputStream(in, () -> cap, (total, c) -> new DockscopeException(ExitCode.USAGE,
                label + ": the " + codec + " layer expands beyond " + cap + " bytes (limit: " + limits.maxExpansion()
                        + " times its " + storedBytes + " compressed bytes, at least " + limits.minExpansionBytes()
                        + "); stopped at byte " + total + " of the uncompressed layer as a likely decompression bomb.",
                "If the image is genuine, it holds an unusually compressible layer; inspect it with docker history."));
    }

    static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(String.format("%02x", b[i] & 0xff));
        }
        return s.toString();
    }
}
