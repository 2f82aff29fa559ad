package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.model.files.ImageContents;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams {@code GET /images/{ref}/get} (what {@code docker save} uses) through {@link ArchiveParser} as it arrives:
 * nothing is written to disk and no layer is held in memory. The daemon stages the whole export before its first
 * byte, so until then a timer reports "exporting image from the daemon" with the elapsed time.
 */
public final class DaemonImageSource implements ImageSource {
    static final String WAITING = "exporting image from the daemon";
    private final DaemonReader daemon;
    private final String ref;
    private final long expectedBytes;
    private final ArchiveParser parser;

    /**
     * @param expectedBytes the image's size from inspect (a good estimate of the stream length), or -1
     * @param platform "os/arch[/variant]" when the export holds several platforms (null: the host's)
     */
    public DaemonImageSource(DaemonReader daemon, String ref, String platform, long expectedBytes) {
        this.daemon = daemon;
        this.ref = ref;
        this.expectedBytes = expectedBytes;
        // the daemon exports exactly the image asked for (often by id, so with no tag to match): no REF to check
        this.parser = new ArchiveParser(ScanLimits.DEFAULT, null, platform, false);
    }

    @Override
    public String describe() {
        return "the daemon's export of " + ref;
    }

    @Override
    public ImageContents read(ProgressListener progress) {
        return read(progress, () -> daemon.imageExport(ref));
    }

    interface Opener {
        InputStream open();
    }

    /** Visible for tests: {@code opener} stands in for the daemon call. */
    ImageContents read(ProgressListener progress, Opener opener) {
        long start = System.nanoTime();
        AtomicReference<SourceInput> current = new AtomicReference<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dockscope-export-wait");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            SourceInput s = current.get();
            if (s == null || !s.started()) {
                progress.waiting(WAITING, Duration.ofNanos(System.nanoTime() - start));
            } else {
                throw new IllegalStateException("data flows: stop"); // cancels this periodic task
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        SourceInput src = null;
        try (InputStream raw = opener.open()) {
            src = new SourceInput(raw, progress, expectedBytes);
            current.set(src);
            return parser.parseStream(src, describe(), expectedBytes, progress).withSource("export", null);
        } catch (SourceReadException e) {
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the export stream of " + ref
                    + " from the daemon broke at byte " + e.offset() + ": " + e.getMessage() + ".",
                    "Is the daemon still running? Try again, or use docker save IMAGE -o FILE and --archive FILE.", e);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "cannot read the export of " + ref
                    + " from the daemon: " + e.getMessage() + ".");
        } finally {
            timer.shutdownNow();
            progress.done();
        }
    }
}
