package dev.dockscope.docker.source;

import dev.dockscope.docker.BulkInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw source stream: counts bytes, reports progress about every MiB, remembers when the first byte arrived, and
 * turns the source's own failures into {@link SourceReadException} so they are never mistaken for corrupt data.
 */
final class SourceInput extends BulkInputStream {
    private static final long STEP = 1 << 20;
    private final InputStream in;
    private final ProgressListener progress;
    private final long total;
    private long count;
    private long nextReport = STEP;
    private volatile boolean started;

    SourceInput(InputStream in, ProgressListener progress, long total) {
        this.in = in;
        this.progress = progress;
        this.total = total;
    }

    long count() {
        return count;
    }

    boolean started() {
        return started;
    }


    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (SourceReadException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceReadException(count, e);
        }
        if (n > 0) {
            started = true;
            count += n;
            if (count >= nextReport) {
                nextReport = count + STEP;
                progress.bytes(count, total);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
