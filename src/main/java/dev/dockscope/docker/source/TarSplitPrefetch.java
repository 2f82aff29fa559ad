package dev.dockscope.docker.source;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the tar-split indexes of an image's layers, in order, one layer after the other, on a second thread: it
 * un-gzips and scans the lines ({@link TarSplitLines}) while the caller's thread parses the tar headers of what was
 * read before and interns their paths. The lines travel in batches (their segments copied into one array per batch)
 * through a short queue, so at most a few hundred kilobytes are ahead; the caller sees exactly the lines, and the
 * errors at exactly the line, that reading them itself would give. Nothing but the index files is opened.
 */
final class TarSplitPrefetch implements AutoCloseable {
    private static final int ITEMS = 2048;
    private static final int DATA = 256 << 10;
    private static final int AHEAD = 3;

    /** Opens a layer's index and counts the stored (gzip'd) bytes read from it. */
    interface Opener {
        /** Errors are {@link dev.dockscope.DockscopeException}s naming the file. */
        Opened open(int layer);
    }

    /** An open index: its lines and how many stored bytes they came from so far. */
    interface Opened {
        TarSplitLines lines();

        long storedBytes();
    }

    private static final class Batch {
        int layer;
        int n;
        byte[] kind = new byte[ITEMS];
        long[] line = new long[ITEMS];
        int[] off = new int[ITEMS];
        int[] len = new int[ITEMS];
        long[] size = new long[ITEMS];
        long[] sum = new long[ITEMS];
        String[] name = new String[ITEMS];
        byte[] data = new byte[DATA];
        int used;
        long storedBytes;
        boolean last;
        Throwable error;
        String file;

        Batch reset(int l, String f) {
            layer = l;
            file = f;
            Arrays.fill(name, 0, n, null);
            n = 0;
            used = 0;
            last = false;
            error = null;
            return this;
        }
    }

    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(AHEAD);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(AHEAD + 2);
    private final Thread thread;
    private volatile boolean closed;

    /** Starts reading {@code files} (one per layer, as {@code opener} opens them) at once. */
    TarSplitPrefetch(List<String> files, Opener opener) {
        thread = new Thread(() -> produce(files, opener), "dockscope-layer-index");
        thread.setDaemon(true);
        thread.start();
    }

    private Batch fresh(int layer, String file) {
        Batch b = free.poll();
        return (b == null ? new Batch() : b).reset(layer, file);
    }

    private void produce(List<String> files, Opener opener) {
        Batch b = null;
        try {
            for (int layer = 0; layer < files.size() && !closed; layer++) {
                b = fresh(layer, files.get(layer));
                Opened o = opener.open(layer);
                try {
                    TarSplitLines lines = o.lines();
                    while (lines.next()) {
                        int kind = lines.kind();
                        int len = kind == 2 ? lines.segmentLength() : 0;
                        if (b.n == ITEMS || b.used + len > b.data.length && b.n > 0) {
                            b.storedBytes = o.storedBytes();
                            full.put(b);
                            b = fresh(layer, files.get(layer));
                        }
                        if (len > b.data.length) {
                            b.data = new byte[len];
                        }
                        int i = b.n++;
                        b.kind[i] = (byte) kind;
                        b.line[i] = lines.line();
                        if (kind == 2) {
                            System.arraycopy(lines.segment(), 0, b.data, b.used, len);
                            b.off[i] = b.used;
                            b.len[i] = len;
                            b.used += len;
                        } else {
                            b.size[i] = lines.fileSize();
                            b.sum[i] = lines.fileSum();
                            b.name[i] = lines.fileName();
                        }
                    }
                    b.storedBytes = o.storedBytes();
                } finally {
                    closeQuietly(o.lines());
                }
                b.last = true;
                full.put(b);
                b = null;
            }
        } catch (InterruptedException e) {
            // closed: nobody reads further
        } catch (Throwable t) {
            if (b == null) {
                b = fresh(-1, null);
            }
            b.error = t;
            b.last = true;
            try {
                full.put(b);
            } catch (InterruptedException e) {
                // closed
            }
        }
    }

    /**
     * The lines of the next layer; call once per layer, in order, each after the previous one's lines ended.
     * {@code progress} hears the stored bytes read so far of this layer.
     */
    TarSplitInput.Lines layer(int layer, java.util.function.LongConsumer progress) {
        return new TarSplitInput.Lines() {
            private Batch cur;
            private int idx = -1;
            private boolean ended;
            private long line = -1;
            private String file = "";

            @Override
            public boolean next() {
                if (ended) {
                    return false;
                }
                while (cur == null || idx + 1 >= cur.n) {
                    if (cur != null && cur.last) {
                        ended = true;
                        Throwable t = cur.error;
                        progress.accept(cur.storedBytes);
                        recycle();
                        if (t != null) {
                            throw rethrow(t);
                        }
                        return false;
                    }
                    recycle();
                    cur = take();
                    idx = -1;
                    if (cur.file != null) {
                        file = cur.file;
                    }
                    if (cur.layer != layer && cur.error == null) {
                        throw new IllegalStateException("layer index " + cur.layer + " read where " + layer
                                + " was expected");
                    }
                    if (!cur.last) {
                        progress.accept(cur.storedBytes);
                    }
                }
                idx++;
                line = cur.line[idx];
                return true;
            }

            private void recycle() {
                if (cur != null) {
                    free.offer(cur);
                    cur = null;
                }
            }

            @Override
            public int kind() {
                return cur.kind[idx];
            }

            @Override
            public byte[] segment() {
                return cur.data;
            }

            @Override
            public int segmentOffset() {
                return cur.off[idx];
            }

            @Override
            public int segmentLength() {
                return cur.len[idx];
            }

            @Override
            public long fileSize() {
                return cur.size[idx];
            }

            @Override
            public long fileSum() {
                return cur.sum[idx];
            }

            @Override
            public String fileName() {
                return cur.name[idx];
            }

            @Override
            public long line() {
                return line;
            }

            @Override
            public String file() {
                return file;
            }

            @Override
            public void close() {
                // the reading thread closes the files
            }
        };
    }

    private static void closeQuietly(TarSplitLines lines) {
        try {
            lines.close();
        } catch (IOException e) {
            // read to its end or given up: nothing is lost
        }
    }

    private Batch take() {
        try {
            return full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the layer indexes", e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** Stops the reading thread (when the caller stopped early) and waits for it to close its file. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
