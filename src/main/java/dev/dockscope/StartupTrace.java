package dev.dockscope;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Start-up checkpoints for profiling (bench/startup): silent and nearly free unless the environment variable
 * {@code DOCKSCOPE_STARTUP_TRACE} is set, then each {@link #mark} notes the wall time and the calling thread's CPU
 * time, and {@link #report} prints one line per checkpoint on stderr, with the time since the JVM started; then the
 * checkpoints of other threads ({@link #other}), the CPU time of every live thread, and the main thread's wait for a
 * core (from Linux's schedstat).
 * Not an interface: the phases and their names change as the start-up does.
 */
public final class StartupTrace {
    private static final boolean ON = System.getenv("DOCKSCOPE_STARTUP_TRACE") != null;
    private static final int MAX = 64;
    private static final String[] NAMES = new String[MAX];
    private static final long[] WALL = new long[MAX];
    private static final long[] CPU = new long[MAX];
    private static int count;

    private StartupTrace() {
    }

    private static final int OTHER_MAX = 16;
    private static final String[] OTHER_NAMES = new String[OTHER_MAX];
    private static final long[] OTHER_WALL = new long[OTHER_MAX];
    private static final long[] OTHER_CPU = new long[OTHER_MAX];
    private static int otherCount;

    /** Notes a checkpoint of a thread other than main (when tracing), with that thread's CPU time. */
    public static synchronized void other(String name) {
        if (!ON || otherCount == OTHER_MAX) {
            return;
        }
        OTHER_WALL[otherCount] = System.nanoTime();
        OTHER_CPU[otherCount] = threadCpuNanos();
        OTHER_NAMES[otherCount++] = name;
    }

    /** Notes a checkpoint (when tracing). */
    public static void mark(String name) {
        if (!ON || count == MAX) {
            return;
        }
        WALL[count] = System.nanoTime();
        CPU[count] = threadCpuNanos();
        NAMES[count++] = name;
    }

    /** Prints the checkpoints on {@code err} (when tracing): wall ms since JVM start, thread CPU ms, deltas. */
    public static void report(PrintStream err) {
        if (!ON || count == 0) {
            return;
        }
        long now = System.nanoTime();
        long uptimeNanos = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        long jvmStart = now - uptimeNanos;
        err.printf("startup trace (ms; wall since JVM start, main thread CPU; process CPU at exit %.1f)%n",
                processCpuNanos() / 1e6);
        for (int i = 0; i < count; i++) {
            double wall = (WALL[i] - jvmStart) / 1e6;
            double dWall = i == 0 ? wall : (WALL[i] - WALL[i - 1]) / 1e6;
            double dCpu = i == 0 ? CPU[i] / 1e6 : (CPU[i] - CPU[i - 1]) / 1e6;
            err.printf("  %-28s wall %7.1f (+%6.1f)  cpu %7.1f (+%6.1f)%n", NAMES[i], wall, dWall, CPU[i] / 1e6, dCpu);
        }
        for (int i = 0; i < otherCount; i++) {
            err.printf("  %-28s wall %7.1f            cpu %7.1f (its thread)%n", OTHER_NAMES[i],
                    (OTHER_WALL[i] - jvmStart) / 1e6, OTHER_CPU[i] / 1e6);
        }
        err.println("  threads (CPU ms at exit): " + threadCpu());
        err.println("  main thread schedstat (run ns, runqueue wait ns, time slices): "
                + readQuietly("/proc/thread-self/schedstat"));
        err.flush();
    }

    /** The calling thread's run time in ns, from Linux's schedstat (0 where there is none). */
    private static long threadCpuNanos() {
        return firstNumber(Path.of("/proc/thread-self/schedstat"));
    }

    private static long processCpuNanos() {
        long sum = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                sum += firstNumber(t.resolve("schedstat"));
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    private static String readQuietly(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Each live thread's name and run time so far, busiest first. */
    private static String threadCpu() {
        record Row(String name, long nanos) {
        }
        List<Row> rows = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                rows.add(new Row(Files.readString(t.resolve("comm")).trim(), firstNumber(t.resolve("schedstat"))));
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        rows.sort(Comparator.comparingLong(Row::nanos).reversed());
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            b.append(b.length() == 0 ? "" : ", ").append(r.name()).append(String.format(" %.1f", r.nanos() / 1e6));
        }
        return b.toString();
    }

    private static long firstNumber(Path file) {
        try {
            String s = Files.readString(file).trim();
            int space = s.indexOf(' ');
            return Long.parseLong(space < 0 ? s : s.substring(0, space));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
