package dev.dockscope.docker.source;

import dev.dockscope.docker.BulkInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Bytes {@code [start, end)} of a file, read by position: {@link #skip} moves on without reading (a layer's file
 * contents that nothing needs are never copied out of the page cache). Offsets are relative to {@code start}, so a
 * layer read this way reports the same byte offsets as the same layer streamed. The file's own read failures become
 * {@link SourceReadException}s, never mistaken for corrupt data. Not thread-safe; several regions may share a channel.
 */
final class FileRegion extends BulkInputStream {
    private static final long STEP = 1 << 20;
    private final FileChannel channel;
    private final long start;
    private final long end;
    private final ProgressListener progress;
    private long pos;
    private long nextReport = STEP;

    FileRegion(FileChannel channel, long start, long length, ProgressListener progress) {
        this.channel = channel;
        this.start = start;
        this.end = start + length;
        this.progress = progress;
        this.pos = start;
    }

    /** Bytes consumed (read or skipped) so far. */
    long count() {
        return pos - start;
    }


    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos >= end) {
            return -1;
        }
        int want = (int) Math.min(len, end - pos);
        int n;
        try {
            n = channel.read(ByteBuffer.wrap(b, off, want), pos);
        } catch (IOException e) {
            throw new SourceReadException(count(), e);
        }
        if (n <= 0) {
            return -1; // the file is shorter than the region: the caller sees the end of its data
        }
        pos += n;
        report();
        return n;
    }

    @Override
    public long skip(long n) {
        if (n <= 0) {
            return 0;
        }
        long s = Math.min(n, end - pos);
        pos += s;
        report();
        return s;
    }

    private void report() {
        if (progress != null && count() >= nextReport) {
            nextReport = count() + STEP;
            progress.bytes(count(), end - start);
        }
    }

    /** Reads exactly {@code b.length} bytes at {@code at} (absolute), or fewer at the end of the file. */
    static int readAt(FileChannel channel, long at, byte[] b) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(b);
        long p = at;
        while (bb.hasRemaining()) {
            int n = channel.read(bb, p);
            if (n <= 0) {
                break;
            }
            p += n;
        }
        return bb.position();
    }
}
