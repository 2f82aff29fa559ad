package dev.dockscope.docker.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.DockscopeException;
import dev.dockscope.model.files.ImageContents;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tar / OCI layout / docker save reader on any bytes (plain, gzip or zstd): an image or a
 * {@link DockscopeException}, never another exception, within bounded time, and within bounded memory: the limits
 * are small here and {@code scripts/fuzz} runs with a small heap, so an input that makes the parser allocate by
 * what a header claims ends in an OutOfMemoryError, a finding.
 * The same bytes read as a file (by position, when they are a plain tar) must give the same tables or the same
 * refusal as stdin. Seeds (small archives made by {@code ImageFixture}) are in {@code ArchiveFuzzTestInputs/archive/}.
 */
class ArchiveFuzzTest {
    private static final ScanLimits LIMITS = new ScanLimits(200, 8 << 20, 10_000, 1 << 20);
    /** Generous: the first inputs pay for class loading and instrumentation on a loaded machine. */
    private static final long MAX_NANOS = 20_000_000_000L;

    @FuzzTest(maxDuration = "10m")
    void archive(byte[] input) throws Exception {
        long start = System.nanoTime();
        String fromStdin;
        try {
            // the product's path for stdin (--archive -): its read errors become exit 2 there too
            ImageContents c = new ArchiveImageSource("-", new ByteArrayInputStream(input), null, null, LIMITS)
                    .read(ProgressListener.NONE);
            if (c.layers() == null) {
                throw new AssertionError("an image without a layer list");
            }
            fromStdin = String.join("\n", ArchiveFileTest.tables(c));
        } catch (DockscopeException expected) {
            // refused with a message: fine
            fromStdin = "refused: " + expected.getMessage();
        }
        // the same bytes as a file, read by position when they are a plain tar: the same tables or the same refusal
        Path f = Files.createTempFile("fuzz-archive", ".tar");
        try {
            Files.write(f, input);
            ArchiveImageSource src = new ArchiveImageSource(f.toString(), null, null, null, LIMITS);
            String fromFile;
            try {
                fromFile = String.join("\n", ArchiveFileTest.tables(src.read(ProgressListener.NONE)));
            } catch (DockscopeException e) {
                fromFile = "refused: " + e.getMessage().replace(src.describe(), "the archive on stdin");
            }
            if (!fromFile.equals(fromStdin)) {
                throw new AssertionError("the file and stdin differ:\n" + fromStdin + "\n---\n" + fromFile);
            }
        } finally {
            Files.deleteIfExists(f);
        }
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS) {
            throw new AssertionError("reading " + input.length + " bytes took " + took / 1_000_000 + " ms");
        }
    }
}
