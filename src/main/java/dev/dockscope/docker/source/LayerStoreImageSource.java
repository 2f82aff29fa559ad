package dev.dockscope.docker.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.ImageRecords;
import dev.dockscope.docker.JsonTree;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The daemon's own layer database, read from disk instead of waiting for the export: for every layer,
 * {@code <DockerRootDir>/image/<driver>/layerdb/sha256/<chain id>/tar-split.json.gz} keeps the exact tar headers the
 * export would send (see {@link TarSplitInput}), and the same strict tar reader parses them. The layer folder is found
 * by chain id (chain(0) = diff(0), chain(n) = sha256(chain(n-1) + " " + diff(n))) and its {@code diff} file must name
 * the image's diff id. The image config comes from {@code imagedb/content/sha256/<image id>}, checked against its
 * digest. Only those files are opened, never through a symbolic link, and nothing is written.
 */
public final class LayerStoreImageSource implements ImageSource {
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern DRIVER = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    /** A usable layer database: {@code <root>/image/<driver>}. */
    public record Store(Path root, String driver, Path imageDir) {
        Path layerdb() {
            return imageDir.resolve("layerdb").resolve("sha256");
        }

        Path configFile(String imageId) {
            return imageDir.resolve("imagedb").resolve("content").resolve("sha256").resolve(imageId.substring(7));
        }

        public String describe() {
            return "the daemon's layer store " + layerdb();
        }
    }

    /** Either a store or the reason there is none to read here. */
    public record Location(Store store, String reason) {
        static Location unusable(String reason) {
            return new Location(null, reason);
        }
    }

    /**
     * Where this daemon keeps its layers, from its endpoint and {@code /info}: only a local unix socket's daemon has
     * its folders on this machine, and only the graph-driver store has a layer database.
     *
     * @param rootDir {@code DockerRootDir}; {@code driver} {@code Driver}; {@code driverType} the
     *                {@code driver-type} of {@code DriverStatus} (containerd's snapshotters say so), or null
     */
    public static Location locate(String host, String rootDir, String driver, String driverType) {
        if (host == null || !host.startsWith("unix://")) {
            return Location.unusable("the daemon is at " + host + ", not on a local unix socket, so its layer store is "
                    + "not on this machine");
        }
        if (driverType != null && driverType.startsWith("io.containerd.snapshotter")) {
            return Location.unusable("the daemon uses the containerd image store (" + driver + ", " + driverType
                    + "), which keeps no layer database");
        }
        if (rootDir == null || rootDir.isEmpty() || !rootDir.startsWith("/")) {
            return Location.unusable("the daemon did not name its root folder (DockerRootDir)");
        }
        if (driver == null || !DRIVER.matcher(driver).matches()) {
            return Location.unusable("the daemon names no usable storage driver (\"" + driver + "\")");
        }
        Path root = Path.of(rootDir);
        Path imageDir = root.resolve("image").resolve(driver);
        Path layerdb = imageDir.resolve("layerdb").resolve("sha256");
        // walk down, so a folder this user may not enter is told apart from one that is not there
        for (Path p : List.of(root, root.resolve("image"), imageDir, imageDir.resolve("layerdb"), layerdb)) {
            if (!Files.isDirectory(p)) {
                return Location.unusable("there is no " + p + " on this machine (is the daemon in a VM or a container?)");
            }
            if (!Files.isReadable(p) || !Files.isExecutable(p)) {
                return Location.unusable("this user may not read " + p
                        + " (run as root, or as the rootless daemon's own user)");
            }
        }
        return new Location(new Store(root, driver, imageDir), null);
    }

    private final Store store;
    private final String imageId;
    private final ScanLimits limits;

    /** @param imageId the image's config digest, {@code sha256:…} (what {@code docker images --no-trunc} shows) */
    public LayerStoreImageSource(Store store, String imageId) {
        this(store, imageId, ScanLimits.DEFAULT);
    }

    LayerStoreImageSource(Store store, String imageId, ScanLimits limits) {
        this.store = store;
        this.imageId = imageId;
        this.limits = limits;
    }

    @Override
    public String describe() {
        return store.describe();
    }

    /** chain(0) = diff(0); chain(n) = sha256(chain(n-1) + " " + diff(n)). */
    static List<String> chainIds(List<String> diffIds) {
        List<String> out = new ArrayList<>();
        String chain = null;
        for (String d : diffIds) {
            chain = chain == null ? d : "sha256:" + HexFormat.of().formatHex(sha256(
                    (chain + " " + d).getBytes(StandardCharsets.US_ASCII)));
            out.add(chain);
        }
        return out;
    }

    @Override
    public ImageContents read(ProgressListener progress) {
        try {
            return readLayers(progress);
        } finally {
            progress.done();
        }
    }

    private ImageContents readLayers(ProgressListener progress) {
        if (!DIGEST.matcher(imageId).matches()) {
            throw unusable("the image id \"" + imageId + "\" is not a sha256 digest");
        }
        Path configFile = store.configFile(imageId);
        byte[] configBytes = readSmall(configFile, limits.maxJsonBytes());
        String actual = "sha256:" + HexFormat.of().formatHex(sha256(configBytes));
        if (!actual.equals(imageId)) {
            throw unusable(configFile + " does not hash to the image id (" + actual + ")");
        }
        JsonNode config;
        try {
            config = JsonTree.parse(configBytes);
        } catch (IOException e) {
            throw unusable(configFile + " is not valid JSON");
        }
        List<String> diffIds = new ArrayList<>();
        for (JsonNode d : config.path("rootfs").path("diff_ids")) {
            String id = d.asText();
            if (!DIGEST.matcher(id).matches()) {
                throw unusable(configFile + " lists the diff id \"" + id + "\", not a sha256 digest");
            }
            diffIds.add(id);
        }
        List<String> chains = chainIds(diffIds);
        List<Path> dirs = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < chains.size(); i++) {
            Path dir = store.layerdb().resolve(chains.get(i).substring(7));
            String diff = new String(readSmall(dir.resolve("diff"), 256), StandardCharsets.US_ASCII).strip();
            if (!diff.equals(diffIds.get(i))) {
                throw unusable(dir.resolve("diff") + " names " + diff + ", not the image's diff id " + diffIds.get(i)
                        + " for layer " + (i + 1));
            }
            dirs.add(dir);
            total += sizeOf(dir.resolve("tar-split.json.gz"));
        }
        PathTable paths = new PathTable();
        LayerScanner scanner = new LayerScanner(paths, limits);
        List<ImageContents.Layer> layers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path dir : dirs) {
            names.add(dir.resolve("tar-split.json.gz").toString());
        }
        long read = 0;
        long all = total;
        // the indexes are un-gzipped and scanned on a second thread while this one parses their tar headers
        try (TarSplitPrefetch ahead = new TarSplitPrefetch(names,
                layer -> openIndex(dirs.get(layer).resolve("tar-split.json.gz")))) {
            for (int i = 0; i < dirs.size(); i++) {
                String label = "layer " + (i + 1) + " of " + dirs.size() + " (" + names.get(i) + ")";
                long before = read;
                long[] stored = {0};
                TarSplitInput index = new TarSplitInput(ahead.layer(i, soFar -> {
                    stored[0] = soFar;
                    progress.bytes(before + soFar, all);
                }));
                LayerTable table;
                try {
                    table = scanner.scanTar(new CountingInput(index), -1, "none", label, new IndexSum(index));
                } catch (DockscopeException e) {
                    throw e;
                } catch (IOException e) {
                    throw unusable("cannot read " + names.get(i) + ": " + e.getMessage());
                }
                read += stored[0];
                progress.bytes(read, total);
                layers.add(new ImageContents.Layer("layerdb/sha256/" + chains.get(i).substring(7), null,
                        diffIds.get(i), table));
            }
        }
        return new ImageContents(describe(), "layer-store", List.of(), ArchiveParser.platformOf(config),
                ImageRecords.config(config), List.copyOf(layers), paths, read, imageId).withSource("store", null);
    }

    /** A file's identity is tar-split's CRC-64 of it, checked to belong to the entry the tar header names. */
    private static final class IndexSum implements LayerScanner.ContentSum {
        private final TarSplitInput index;

        IndexSum(TarSplitInput index) {
            this.index = index;
        }

        @Override
        public int consume(TarStream tar, TarStream.Entry e, LayerTable table) throws IOException {
            if (e.size() == 0) {
                return 0; // CRC-64 and CRC-32C of nothing are both 0
            }
            long before = index.claims();
            tar.skip(null);
            if (index.claims() != before + 1) {
                throw index.corrupt("no file entry for the content of \"" + e.name() + "\"");
            }
            if (index.lastName() != null && !index.lastName().equals(e.name())) {
                throw index.corrupt("the file entry \"" + index.lastName() + "\" where the tar header names \""
                        + e.name() + "\"");
            }
            return index.lastSum();
        }
    }

    /** Opens a layer's index for {@link TarSplitPrefetch}: the file, never through a link, and its gzip header. */
    private TarSplitPrefetch.Opened openIndex(Path file) {
        InputStream raw;
        try {
            raw = open(file);
        } catch (IOException e) {
            throw unusable("cannot read " + file + ": " + e.getMessage());
        }
        CountingInput stored = new CountingInput(raw);
        TarSplitLines lines;
        try {
            lines = new TarSplitLines(new GZIPInputStream(stored, 64 * 1024), file.toString(), limits.maxEntries());
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw unusable("cannot read " + file + ": " + e.getMessage());
        }
        return new TarSplitPrefetch.Opened() {
            @Override
            public TarSplitLines lines() {
                return lines;
            }

            @Override
            public long storedBytes() {
                return stored.count();
            }
        };
    }

    private static InputStream open(Path file) throws IOException {
        try {
            SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return Channels.newInputStream(ch);
        } catch (NoSuchFileException e) {
            throw unusable("there is no " + file);
        } catch (AccessDeniedException e) {
            throw unusable("this user may not read " + file + " (run as root, or as the rootless daemon's own user)");
        } catch (java.nio.file.FileSystemException e) {
            // ELOOP: the file is a symbolic link, which is never followed here
            throw unusable("cannot open " + file + ": " + e.getReason());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw unusable("there is no " + file);
        } catch (IOException e) {
            throw unusable("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readSmall(Path file, long max) {
        try (InputStream in = open(file)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw unusable(file + " is larger than the " + max + " bytes expected");
            }
            return b;
        } catch (DockscopeException e) {
            throw e;
        } catch (IOException e) {
            throw unusable("cannot read " + file + ": " + e.getMessage());
        }
    }

    static final String PREFIX = "the layer store cannot be used: ";

    static DockscopeException unusable(String why) {
        return new DockscopeException(ExitCode.USAGE, PREFIX + why + ".",
                "--source export reads the image through the daemon's export instead.");
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
