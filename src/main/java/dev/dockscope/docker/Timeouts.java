package dev.dockscope.docker;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long dockscope waits for the daemon, and how much it reads from it.
 *
 * @param connect     to open the connection
 * @param firstByte   from sending a request to the first byte of the answer
 * @param total       for a whole API call, answer body included ({@code --timeout}); exports have none, but
 * @param inactivity  … stop when no byte arrives for this long (exports included)
 * @param maxJsonBytes a JSON answer larger than this is refused (an endless body would fill the heap)
 * @param waiting     told once, with the endpoint, when the first byte is slow to come (a TTY shows a line); may be null
 */
public record Timeouts(Duration connect, Duration firstByte, Duration total, Duration inactivity, long maxJsonBytes,
                       Consumer<Duration> waiting) {
    public static final Duration DEFAULT_TOTAL = Duration.ofSeconds(60);
    /** Answers shorter than this are not worth a "waiting" line. */
    public static final Duration WAITING_NOTICE_AFTER = Duration.ofSeconds(2);
    public static final long DEFAULT_MAX_JSON_BYTES = 32L << 20;

    public static final Timeouts DEFAULT = of(DEFAULT_TOTAL, null);

    /** The defaults for a {@code --timeout} of {@code total}. */
    public static Timeouts of(Duration total, Consumer<Duration> waiting) {
        Duration connect = min(Duration.ofSeconds(10), total);
        return new Timeouts(connect, total, total, total, DEFAULT_MAX_JSON_BYTES, waiting);
    }

    /** The same bounds for a stream that may legitimately take longer than {@link #total} (an image export). */
    public Timeouts forStreams() {
        return new Timeouts(connect, firstByte.compareTo(Duration.ofMinutes(5)) > 0 ? firstByte : Duration.ofMinutes(5),
                null, inactivity, maxJsonBytes, waiting);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
