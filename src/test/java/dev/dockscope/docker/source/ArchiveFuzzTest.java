package dev.dockscope.docker.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.DockscopeException;
import dev.dockscope.model.files.ImageContents;
import java.io.ByteArrayInputStream;

/**
 * The tar / OCI layout / docker save reader on any bytes (plain, gzip or zstd): an image or a
 * {@link DockscopeException}, never another exception, within bounded time, and within bounded memory: the limits
 * are small here and {@code scripts/fuzz} runs with a small heap, so an input that makes the parser allocate by
 * what a header claims ends in an OutOfMemoryError, a finding.
 * Seeds (small archives made by {@code ImageFixture}) are in {@code ArchiveFuzzTestInputs/archive/}.
 */
class ArchiveFuzzTest {
    private static final ScanLimits LIMITS = new ScanLimits(200, 8 << 20, 10_000, 1 << 20);
    /** Generous: the first inputs pay for class loading and instrumentation on a loaded machine. */
    private static final long MAX_NANOS = 20_000_000_000L;

    @FuzzTest(maxDuration = "10m")
    void archive(byte[] input) {
        long start = System.nanoTime();
        try {
            // the product's path for stdin (--archive -): its read errors become exit 2 there too
            ImageContents c = new ArchiveImageSource("-", new ByteArrayInputStream(input), null, null, LIMITS)
                    .read(ProgressListener.NONE);
            if (c.layers() == null) {
                throw new AssertionError("an image without a layer list");
            }
        } catch (DockscopeException expected) {
            // refused with a message: fine
        }
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS) {
            throw new AssertionError("reading " + input.length + " bytes took " + took / 1_000_000 + " ms");
        }
    }
}
