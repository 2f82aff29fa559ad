package dev.dockscope.docker.source;

import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.docker.EndpointResolver;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark runner for bench/files (not a test): {@code FilesBench daemon REF} streams the daemon's export,
 * {@code FilesBench archive FILE} reads a saved archive; both run the whole --files analysis and print seconds,
 * bytes, files, peak heap and peak RSS on one line.
 */
public final class FilesBench {
    private FilesBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ImageContents img;
        if (args[0].equals("daemon")) {
            try (DaemonReader d = new DaemonReader(new EndpointResolver(System::getenv).resolve(null, null))) {
                long[] firstByte = {-1};
                img = new DaemonImageSource(d, args[1], null, -1).read(new ProgressListener() {
                    @Override
                    public void bytes(long soFar, long total) {
                        if (firstByte[0] < 0) {
                            firstByte[0] = System.nanoTime();
                        }
                    }
                });
                System.err.printf(Locale.ROOT, "first MiB after %.2f s%n", (firstByte[0] - start) / 1e9);
            }
        } else {
            img = new ArchiveImageSource(args[1], System.in, null, null).read(ProgressListener.NONE);
        }
        long read = System.nanoTime();
        FilesReport r = ImageFiles.analyze(img, FilesOptions.DEFAULT);
        long done = System.nanoTime();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).strip();
            }
        }
        System.out.printf(Locale.ROOT, "total %.2f s (read %.2f s, analyse %.2f s), %d bytes read, %d layers, "
                + "%d paths, %d visible files, efficiency %.4f, reclaimable %s, peak heap %d MB, peak RSS %s%n",
                (done - start) / 1e9, (read - start) / 1e9, (done - read) / 1e9, img.bytesRead(), r.layerCount(),
                img.paths().size(), r.visibleFiles(), r.efficiency(), dev.dockscope.analysis.Bytes.human(r.reclaimableBytes()),
                peakHeap >> 20, hwm);
    }
}
