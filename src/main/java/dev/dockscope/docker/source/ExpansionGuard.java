package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds a whole-archive decompressor by the compressed bytes read so far: the expanded stream may grow to
 * {@link ScanLimits#maxExpansion()} times what has been read, or to {@link ScanLimits#minExpansionBytes()}, whichever
 * is larger. Measuring against bytes read (not a declared size) also covers stdin, whose size is unknown.
 */
final class ExpansionGuard extends FilterInputStream {
    private final SourceInput compressed;
    private final ScanLimits limits;
    private final String label;
    private final String codec;
    private long expanded;

    ExpansionGuard(InputStream decompressed, SourceInput compressed, ScanLimits limits, String label, String codec) {
        super(decompressed);
        this.compressed = compressed;
        this.limits = limits;
        this.label = label;
        this.codec = codec;
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
            expanded += n;
            long cap = limits.expansionCap(compressed.count());
            if (expanded > cap) {
                throw new DockscopeException(ExitCode.USAGE, label + ": the " + codec + " stream expands beyond "
                        + cap + " bytes from " + compressed.count() + " compressed bytes (limit: "
                        + limits.maxExpansion() + " times, at least " + limits.minExpansionBytes()
                        + "); stopped as a likely decompression bomb.",
                        "If the archive is genuine, decompress it first and give the tar.");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] b = new byte[(int) Math.min(n, 8192)];
        int r = read(b, 0, b.length);
        return Math.max(r, 0);
    }
}
