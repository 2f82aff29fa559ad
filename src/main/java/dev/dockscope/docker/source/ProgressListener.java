package dev.dockscope.docker.source;

import java.time.Duration;

/**
 * What a source reports while it reads. The caller decides how to show it (a bar on stderr, only on a TTY); sources
 * only call these methods. {@link #waiting} is called from a timer thread about every 200 ms until the first byte
 * arrives; {@link #bytes} from the reading thread, at most about every MiB.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** No byte yet: e.g. "exporting image from the daemon" while the daemon stages the export. */
    default void waiting(String what, Duration elapsed) {
    }

    /** Bytes read so far; {@code total} is -1 when unknown (a daemon stream, stdin). */
    default void bytes(long soFar, long total) {
    }

    /** A one-line remark for stderr, e.g. which image of a multi-image archive was picked. */
    default void note(String line) {
    }

    /** Reading finished (successfully or not). */
    default void done() {
    }
}
