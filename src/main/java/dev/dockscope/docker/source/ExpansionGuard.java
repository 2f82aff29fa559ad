package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.InputStream;

/**
 * Bounds a whole-archive decompressor by the compressed bytes read so far: the expanded stream may grow to
 * {@link ScanLimits#maxExpansion()} times what has been read, or to {@link ScanLimits#minExpansionBytes()}, whichever
 * is larger. Measuring against bytes read (not a declared size) also covers stdin, whose size is unknown.
 */
final class ExpansionGuard {
    private ExpansionGuard() {
    }

    static InputStream of(InputStream decompressed, SourceInput compressed, ScanLimits limits, String label,
            String codec) {
        return new CappedInputStream(decompressed, () -> limits.expansionCap(compressed.count()),
                (expanded, cap) -> new DockscopeException(ExitCode.USAGE, label + ": the " + codec + " stream expands beyond "
                        + cap + " bytes from " + compressed.count() + " compressed bytes (limit: "
                        + limits.maxExpansion() + " times, at least " + limits.minExpansionBytes()
                        + "); stopped as a likely decompression bomb.",
                        "If the archive is genuine, decompress it first and give the tar."));
    }
}
