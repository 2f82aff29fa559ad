package dev.dockscope;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up checkpoints for profiling (bench/startup): silent and nearly free unless the environment variable
 * {@code DOCKSCOPE_STARTUP_TRACE} is set, then each {@link #mark} notes the wall time and the calling thread's CPU
 * time, and {@link #report} prints one line per checkpoint on stderr, with the time since the JVM started.
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
