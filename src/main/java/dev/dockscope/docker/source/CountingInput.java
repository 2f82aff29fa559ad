package dev.dockscope.docker.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts the bytes read through it and, when asked, hashes them with SHA-256 (an uncompressed layer's digest is its
 * diff id): then a skip reads the bytes it skips, so every byte is hashed.
 */
final class CountingInput extends FilterInputStream {
    private long count;
    private final MessageDigest sha256;
    private byte[] scratch;

    CountingInput(InputStream in) {
        this(in, false);
    }

    CountingInput(InputStream in, boolean digest) {
        super(in);
        try {
            this.sha256 = digest ? MessageDigest.getInstance("SHA-256") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    long count() {
        return count;
    }

    /** {@code sha256:<hex>} of every byte read so far, or null when not hashing. Call once, at the end. */
    String digest() {
        return sha256 == null ? null : "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count++;
            if (sha256 != null) {
                sha256.update((byte) b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count += n;
            if (sha256 != null) {
                sha256.update(b, off, n);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (sha256 == null) {
            long s = in.skip(n);
            count += s;
            return s;
        }
        if (scratch == null) {
            scratch = new byte[64 * 1024];
        }
        long left = n;
        while (left > 0) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, left));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }
}
