package dev.dockscope.cli;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.render.text.Palette;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress on stderr, redrawn in place: "exporting image from the daemon… 4.2s" while the daemon stages the export,
 * then a byte bar once data flows. Only used when stderr is a terminal.
 */
final class StderrProgress implements ProgressListener {
    private final PrintStream err;
    private final Palette palette;
    private final int width;
    private final long started = System.nanoTime();
    private boolean drawn;

    StderrProgress(PrintStream err, Palette palette, int width) {
        this.err = err;
        this.palette = palette;
        this.width = Math.min(width, 100);
    }

    static ProgressListener forSession(Session s) {
        return s.io().errIsTty() ? new StderrProgress(s.io().err(), s.palette(), s.width()) : ProgressListener.NONE;
    }

    @Override
    public synchronized void waiting(String what, Duration elapsed) {
        draw(what + (palette.ascii() ? "... " : "… ") + String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0));
    }

    @Override
    public synchronized void bytes(long soFar, long total) {
        double secs = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        String rate = Bytes.human((long) (soFar / secs)) + "/s";
        if (total > 0) {
            double f = Math.min(1, (double) soFar / total);
            draw("reading " + palette.bar(f, 20) + String.format(Locale.ROOT, " %3.0f%% ", f * 100)
                    + Bytes.human(soFar) + " / " + Bytes.human(total) + "  " + rate);
        } else {
            draw("reading " + Bytes.human(soFar) + "  " + rate);
        }
    }

    @Override
    public synchronized void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            err.flush();
        }
    }

    private void draw(String line) {
        String l = line.length() >= width ? line.substring(0, width - 1) : line;
        err.print("\r" + l + " ".repeat(Math.max(0, width - 1 - l.length())));
        err.flush();
        drawn = true;
    }
}
