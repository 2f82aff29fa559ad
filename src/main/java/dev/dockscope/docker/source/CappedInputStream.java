package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes read (skipped ones too) and stops with the caller's error once they pass a cap: the one guard
 * behind decompression-bomb limits on layers and whole archives and the size limit on the daemon's JSON answers.
 * The cap is asked again at every read, so it may grow with another count (compressed bytes read so far).
 */
public final class CappedInputStream extends FilterInputStream {
    /** The error for a stream that passed its cap: {@code count} bytes read against {@code cap}. */
    @FunctionalInterface
    public interface Overflow {
        DockscopeException at(long count, long cap);
    }

    private final LongSupplier cap;
    private final Overflow overflow;
    private long count;

    public CappedInputStream(InputStream in, LongSupplier cap, Overflow overflow) {
        super(in);
        this.cap = cap;
        this.overflow = overflow;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count += n;
            long c = cap.getAsLong();
            if (count > c) {
                throw overflow.at(count, c);
            }
        }
        return n;
    }

    /** Skipped bytes are read, so they count like the others. */
    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        byte[] b = new byte[(int) Math.min(n, 8192)];
        int r = read(b, 0, b.length);
        return Math.max(r, 0);
    }
}
