package dev.dockscope.lint;

/**
 * The threads the linter starts beside the calling one on large files ({@link Linter}, {@link LintContext#prepare}):
 * daemon threads, always waited for, and what failed on one thrown on the calling thread.
 */
final class HelperThreads {
    private HelperThreads() {
    }

    /** A started daemon thread running {@code work}. */
    static Thread start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until every thread has ended; an interrupt meanwhile is kept for the caller (set again), not lost. */
    static void joinAll(Iterable<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throws what a helper thread failed with (unchecked as it is, anything else wrapped); nothing for null. */
    static void rethrow(Throwable failed) {
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }
}
