package dev.dockscope.docker.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.StartupTrace;
import dev.dockscope.docker.ImageRecords;
import dev.dockscope.docker.JsonTree;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;

/**
 * The one parser behind both sources. A {@code docker save} stream or an OCI layout tar arrives in an order nobody
 * controls (OCI saves may send blobs before index.json), so every layer-looking entry is scanned as it streams past
 * and kept by name; small JSON files are kept whole; once the stream ends, the manifest decides which layers make the
 * image and in what order. A directory layout is read the other way round: manifest first, then only its layers.
 */
public final class ArchiveParser {
    private final ScanLimits limits;
    private final String wantedRef;
    private final String platform;
    private final boolean checkDiffIds;
    private ProgressListener notes = ProgressListener.NONE;

    /**
     * @param wantedRef picks the image when an archive holds several (matched against RepoTags / ref annotations);
     *                  null takes the first
     * @param platform "os/arch[/variant]" for multi-platform layouts; null means the host's
     */
    public ArchiveParser(ScanLimits limits, String wantedRef, String platform) {
        this(limits, wantedRef, platform, true);
    }

    /**
     * {@code checkDiffIds}: hash every uncompressed layer and compare it with the config's diff id. A file from
     * anywhere is checked; the daemon's own export is not (it names its layers by those digests, and hashing would
     * cost more CPU than the rest of the read).
     */
    public ArchiveParser(ScanLimits limits, String wantedRef, String platform, boolean checkDiffIds) {
        this.limits = limits;
        this.wantedRef = wantedRef;
        this.platform = platform;
        this.checkDiffIds = checkDiffIds;
    }

    /** Reads a tar stream (optionally gzip- or zstd-compressed as a whole). {@code label} names it in messages. */
    public ImageContents parseStream(InputStream raw, String label, long totalBytes, ProgressListener progress)
            throws IOException {
        notes = progress;
        SourceInput src = raw instanceof SourceInput s ? s : new SourceInput(raw, progress, totalBytes);
        PushbackInputStream pb = new PushbackInputStream(src, 512);
        byte[] head = new byte[512];
        LayerScanner.Kind kind = LayerScanner.peek(pb, head);
        InputStream in;
        try {
            in = open(kind, pb, src, head, label);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new DockscopeException(ExitCode.USAGE, label + ": the compressed stream's header is damaged ("
                    + (e.getMessage() == null ? "it ends early" : e.getMessage()) + ").",
                    "The archive is damaged; save the image again.");
        }
        return parseTar(in, src::count, label, null);
    }

    /**
     * Reads an archive file. An uncompressed tar (what {@code docker save} writes) is read by position: its
     * uncompressed layers are parsed without reading the file contents they hold ({@link ArchiveFile}); a compressed
     * one streams as {@link #parseStream} does. Same result, same messages as streaming the file.
     */
    public ImageContents parseFile(Path file, String label, ProgressListener progress) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[512];
            int n = FileRegion.readAt(channel, 0, head);
            if (LayerScanner.sniff(head, n) != LayerScanner.Kind.TAR) {
                // a FileInputStream, not Files.newInputStream: reading 2 GB through the channel's stream costs three
                // times the CPU (measured on JDK 17 and 25: 1.3-1.5 s against 0.4 s, bench/files/README.md)
                try (InputStream in = new FileInputStream(file.toFile())) {
                    return parseStream(in, label, size, progress);
                }
            }
            notes = progress;
            try (ArchiveFile archive = new ArchiveFile(channel, size, checkDiffIds, limits)) {
                archive.readAhead(layersAhead(archive, label));
                StartupTrace.mark("archive: layer reads queued");
                FileRegion whole = new FileRegion(channel, 0, size, progress);
                return parseTar(whole, whole::count, label, archive);
            }
        }
    }

    /**
     * The uncompressed layers of a tar on disk, found from its headers alone (a few dozen in an image archive):
     * where each one's bytes are and how the parse names it, so that reading them can start, biggest first, before
     * the parse gets to them. A best effort: the
     * parse that follows finds every layer anyway and is the one that reports what is wrong with the archive.
     */
    private List<ArchiveFile.Layer> layersAhead(ArchiveFile archive, String label) {
        List<ArchiveFile.Layer> out = new ArrayList<>();
        try {
            TarStream tar = new TarStream(new FileRegion(archive.channel(), 0, archive.size(), null), label,
                    4 * TarStream.BLOCK, Math.min(limits.maxEntries(), 10_000), TarStream.BLOCK);
            TarStream.Entry e;
            while ((e = tar.next()) != null) {
                long start = tar.offset();
                if (!e.isRegular() || e.size() < TarStream.BLOCK || !archive.holds(start, e.size())) {
                    continue;
                }
                String name = LayerScanner.cleanName(e.name(), tar, e.offset());
                if ((name.startsWith("blobs/") || name.endsWith(".tar"))
                        && archive.sniff(start, e.size()) == LayerScanner.Kind.TAR) {
                    out.add(new ArchiveFile.Layer(start, e.size(), layerLabel(name, e.offset(), label)));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the parse reads the archive again and says what is wrong with it
        }
        return out;
    }

    private static String layerLabel(String name, long headerOffset, String label) {
        return "layer " + name + " (at byte " + headerOffset + " of " + label + ")";
    }

    private InputStream open(LayerScanner.Kind kind, PushbackInputStream pb, SourceInput src, byte[] head,
            String label) throws IOException {
        return switch (kind) {
            case GZIP -> ExpansionGuard.of(new GZIPInputStream(pb, 64 * 1024), src, limits, label, "gzip");
            case ZSTD -> ExpansionGuard.of(new ZstdInputStream(pb), src, limits, label, "zstd");
            case TAR -> pb;
            case EMPTY -> throw new DockscopeException(ExitCode.USAGE, label + " is empty.",
                    "Give a file written by docker save, or an OCI image layout.");
            default -> throw new DockscopeException(ExitCode.USAGE, label + " is not a tar archive (first bytes: "
                    + LayerScanner.hex(head, 8) + ").", "Give a file written by docker save, or an OCI image layout.");
        };
    }

    /** {@code file}: the archive on disk when {@code in} reads it uncompressed, by position; else null. */
    private ImageContents parseTar(InputStream in, LongSupplier consumed, String label, ArchiveFile file)
            throws IOException {
        byte[] head = new byte[512];
        PathTable paths = new PathTable();
        LayerScanner scanner = new LayerScanner(paths, limits, checkDiffIds);
        TarStream tar = new TarStream(in, label, LayerScanner.BUFFER, limits.maxEntries());
        Map<String, byte[]> json = new HashMap<>();
        Map<String, LayerTable> layers = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        long[] jsonBytes = {0};
        try {
            TarStream.Entry e;
            while ((e = tar.next()) != null) {
                String name = LayerScanner.cleanName(e.name(), tar, e.offset());
                if (name.isEmpty() || e.type() == '5') {
                    continue;
                }
                if (e.type() == '2' || e.type() == '1') {
                    String target = e.type() == '2' ? resolveLink(name, e.linkName()) : e.linkName();
                    if (target == null) {
                        throw tar.corrupt("link \"" + name + "\" points outside the archive", e.offset());
                    }
                    links.put(name, LayerScanner.cleanName(target, tar, e.offset()));
                    continue;
                }
                if (!e.isRegular()) {
                    continue;
                }
                String entryLabel = layerLabel(name, e.offset(), label);
                long start = tar.offset();
                boolean positional = file != null && file.holds(start, e.size());
                if (isJsonName(name)) {
                    keepJson(json, name, tar.readAll(limits.maxJsonBytes()), jsonBytes, label, tar, e.offset());
                } else if (name.startsWith("blobs/")) {
                    PushbackInputStream blob = new PushbackInputStream(tar.content(), 512);
                    LayerScanner.Kind k = LayerScanner.peek(blob, head);
                    switch (k) {
                        case JSON -> {
                            if (e.size() <= limits.maxJsonBytes()) {
                                keepJson(json, name, blob.readAllBytes(), jsonBytes, label, tar, e.offset());
                            }
                        }
                        case UNKNOWN -> failures.put(name, name + " (at byte " + e.offset() + " of " + label
                                + ") is not a tar, gzip or zstd stream (first bytes: " + LayerScanner.hex(head, 8) + ")");
                        case TAR -> layers.put(name, positional ? file.scan(scanner, start, e.size(), entryLabel)
                                : scanner.scan(blob, e.size(), entryLabel));
                        default -> layers.put(name, scanner.scan(blob, e.size(), entryLabel));
                    }
                } else if (name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz")
                        || name.endsWith(".tar.zst")) {
                    LayerScanner.Kind k = positional ? file.sniff(start, e.size()) : null;
                    layers.put(name, k == LayerScanner.Kind.TAR || k == LayerScanner.Kind.EMPTY
                            ? file.scan(scanner, start, e.size(), entryLabel)
                            : scanner.scan(tar.content(), e.size(), entryLabel));
                }
            }
            StartupTrace.mark("archive: headers parsed");
            if (file != null) {
                file.finish(layers.values(), paths);
                StartupTrace.mark("archive: CRCs read");
            }
        } catch (SourceReadException | DockscopeException x) {
            throw x;
        } catch (IOException | RuntimeException x) {
            throw new DockscopeException(ExitCode.USAGE, label + ": corrupt data near byte " + consumed.getAsLong()
                    + " (" + x.getMessage() + ").", "The archive is damaged; save the image again.", x);
        }
        Map<String, String> finalFailures = failures;
        Lookup lookup = new Lookup() {
            @Override
            public byte[] json(String name) {
                return json.get(follow(links, name));
            }

            @Override
            public LayerTable layer(String name, String what) {
                String real = follow(links, name);
                LayerTable t = layers.get(real);
                if (t != null) {
                    return t;
                }
                String failure = finalFailures.get(real);
                if (failure != null) {
                    throw new DockscopeException(ExitCode.USAGE, what + ": " + failure + ".",
                            "The archive is damaged or is not an image; save it again.");
                }
                throw missing(label, what, name);
            }
        };
        return resolve(label, lookup, paths, consumed.getAsLong());
    }

    /** Keeps a small JSON file until the manifest is known; all of them together stay under a cap. */
    private void keepJson(Map<String, byte[]> json, String name, byte[] content, long[] total, String label,
            TarStream tar, long offset) {
        if (name.endsWith("/json") || name.equals("repositories") || name.equals("oci-layout")) {
            return; // legacy per-layer metadata and tag lists: the manifest never needs them
        }
        total[0] += content.length;
        if (total[0] > limits.maxJsonTotal()) {
            throw tar.corrupt("more than " + limits.maxJsonTotal() + " bytes of JSON files; an image needs a few "
                    + "manifests and configs, so this is not one", offset);
        }
        byte[] old = json.put(name, content);
        if (old != null) {
            total[0] -= old.length;
        }
    }

    /** Reads an OCI layout or an unpacked {@code docker save} directory: manifest first, then only its layers. */
    public ImageContents parseDirectory(Path dir, ProgressListener progress) throws IOException {
        String label = "the image layout " + dir;
        notes = progress;
        PathTable paths = new PathTable();
        LayerScanner scanner = new LayerScanner(paths, limits, checkDiffIds);
        long[] read = {0};
        long total = directoryTotal(dir);
        Lookup lookup = new Lookup() {
            @Override
            public byte[] json(String name) {
                Path f = safeResolve(dir, name, label);
                try {
                    if (!Files.isRegularFile(f)) {
                        return null;
                    }
                    if (Files.size(f) > limits.maxJsonBytes()) {
                        throw new DockscopeException(ExitCode.USAGE, label + ": " + name + " is larger than "
                                + limits.maxJsonBytes() + " bytes; not an image manifest or config.");
                    }
                    byte[] b = Files.readAllBytes(f);
                    read[0] += b.length;
                    return b;
                } catch (IOException e) {
                    throw new DockscopeException(ExitCode.USAGE, label + ": cannot read " + name + ": " + e.getMessage());
                }
            }

            @Override
            public LayerTable layer(String name, String what) {
                Path f = safeResolve(dir, name, label);
                if (!Files.isRegularFile(f)) {
                    throw missing(label, what, name);
                }
                try (InputStream in = Files.newInputStream(f)) {
                    long before = read[0];
                    SourceInput src = new SourceInput(in, new ProgressListener() {
                        @Override
                        public void bytes(long soFar, long all) {
                            progress.bytes(before + soFar, total);
                        }
                    }, total);
                    LayerTable t = scanner.scan(src, Files.size(f), what + " (" + name + ")");
                    read[0] += src.count();
                    progress.bytes(read[0], total);
                    return t;
                } catch (SourceReadException e) {
                    throw new DockscopeException(ExitCode.USAGE, label + ": cannot read " + name + " at byte "
                            + e.offset() + ": " + e.getMessage());
                } catch (IOException e) {
                    throw new DockscopeException(ExitCode.USAGE, label + ": cannot read " + name + ": " + e.getMessage());
                }
            }
        };
        return resolve(label, lookup, paths, -1).withBytesRead(read[0]);
    }

    private static long directoryTotal(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path safeResolve(Path dir, String name, String label) {
        Path f = dir.resolve(name).normalize();
        if (!f.startsWith(dir.normalize()) || name.startsWith("/")) {
            throw new DockscopeException(ExitCode.USAGE, label + ": the manifest points outside the layout: \""
                    + name + "\".");
        }
        return f;
    }

    interface Lookup {
        /** A small JSON file by its name in the layout, or null. */
        byte[] json(String name);

        /** A layer by its name; throws a message naming {@code what} when it is missing or unusable. */
        LayerTable layer(String name, String what);
    }

    private static DockscopeException missing(String label, String what, String name) {
        return new DockscopeException(ExitCode.USAGE, label + ": the manifest lists " + what + " as \"" + name
                + "\" but the archive has no such file (missing blob).",
                "The archive is incomplete; save the image again.");
    }

    // ---- resolution ------------------------------------------------------------------------------------------

    private ImageContents resolve(String label, Lookup lookup, PathTable paths, long bytesRead) {
        byte[] manifestJson = lookup.json("manifest.json");
        byte[] indexJson = lookup.json("index.json");
        if (indexJson != null && (platform != null || manifestJson == null)) {
            return fromIndex(label, lookup, paths, bytesRead, indexJson);
        }
        if (manifestJson != null) {
            return fromManifestJson(label, lookup, paths, bytesRead, manifestJson, indexJson != null);
        }
        throw new DockscopeException(ExitCode.USAGE, label + " has neither manifest.json nor index.json: it is not a "
                + "docker save archive or an OCI image layout.", "Create one with: docker save IMAGE -o FILE");
    }

    private ImageContents fromManifestJson(String label, Lookup lookup, PathTable paths, long bytesRead,
            byte[] manifestJson, boolean oci) {
        JsonNode manifest = parse(manifestJson, label, "manifest.json");
        if (!manifest.isArray() || manifest.isEmpty()) {
            throw new DockscopeException(ExitCode.USAGE, label + ": manifest.json lists no image.");
        }
        JsonNode chosen = manifest.get(0);
        List<String> held = new ArrayList<>();
        for (JsonNode m : manifest) {
            List<String> tags = texts(m.path("RepoTags"));
            held.add(tags.isEmpty() ? "an untagged image (" + m.path("Config").asText("?") + ")" : String.join(", ", tags));
        }
        if (wantedRef != null) {
            JsonNode match = null;
            for (JsonNode m : manifest) {
                for (JsonNode tag : m.path("RepoTags")) {
                    if (match == null && refMatches(tag.asText(), wantedRef)) {
                        match = m;
                    }
                }
            }
            if (match == null) {
                throw notInArchive(label, wantedRef, held);
            }
            chosen = match;
        } else if (manifest.size() > 1) {
            notes.note(label + " holds " + manifest.size() + " images; showing the first, " + held.get(0)
                    + ". The others: " + String.join("; ", held.subList(1, held.size())) + ". Name one as REF.");
        }
        String configName = chosen.path("Config").asText(null);
        if (configName == null) {
            throw new DockscopeException(ExitCode.USAGE, label + ": manifest.json has an entry without Config.");
        }
        JsonNode config = configOrThrow(label, lookup, configName);
        JsonNode layerNames = chosen.path("Layers");
        List<String> diffIds = texts(config.path("rootfs").path("diff_ids"));
        List<ImageContents.Layer> layers = new ArrayList<>();
        int i = 0;
        for (JsonNode l : layerNames) {
            String name = l.asText();
            String what = "layer " + (i + 1) + " of " + layerNames.size();
            LayerTable t = lookup.layer(name, what);
            String digest = name.startsWith("blobs/") ? digestOf(name) : null;
            layers.add(new ImageContents.Layer(name, digest, i < diffIds.size() ? diffIds.get(i) : null, t));
            i++;
        }
        warnIfConfigDisagrees(label, diffIds.size(), layers.size());
        warnIfContentDisagrees(label, layers);
        return new ImageContents(label, oci ? "oci" : "docker-save", texts(chosen.path("RepoTags")),
                platformOf(config), ImageRecords.config(config), List.copyOf(layers), paths, bytesRead,
                idOfConfigName(configName));
    }

    private ImageContents fromIndex(String label, Lookup lookup, PathTable paths, long bytesRead, byte[] indexJson) {
        JsonNode index = parse(indexJson, label, "index.json");
        List<JsonNode> candidates = new ArrayList<>();
        collectManifests(label, lookup, index, candidates, 0);
        if (candidates.isEmpty()) {
            throw new DockscopeException(ExitCode.USAGE, label + ": index.json lists no image manifest.");
        }
        String want = platform != null ? platform : hostPlatform();
        JsonNode chosen = null;
        List<String> available = new ArrayList<>();
        for (JsonNode d : candidates) {
            JsonNode p = d.path("platform");
            if (p.isMissingNode()) {
                if (chosen == null) {
                    chosen = d;
                }
                continue;
            }
            String os = p.path("os").asText("");
            String arch = p.path("architecture").asText("");
            if (os.equals("unknown") || arch.equals("unknown")) {
                continue; // attestation manifests
            }
            String variant = p.path("variant").asText("");
            String plat = os + "/" + arch + (variant.isEmpty() ? "" : "/" + variant);
            available.add(plat);
            if (platformMatches(plat, want) && (chosen == null || chosen.path("platform").isMissingNode())) {
                chosen = d;
            }
        }
        if (chosen == null) {
            throw new DockscopeException(ExitCode.USAGE, label + " has no image for platform " + want
                    + " (it has: " + String.join(", ", available) + ").", "Pick one with --platform OS/ARCH.");
        }
        JsonNode manifest = parse(blobJson(label, lookup, chosen, "image manifest"), label, "image manifest");
        String configDigest = manifest.path("config").path("digest").asText(null);
        if (configDigest == null) {
            throw new DockscopeException(ExitCode.USAGE, label + ": the image manifest " + chosen.path("digest").asText()
                    + " has no config.");
        }
        JsonNode config = configOrThrow(label, lookup, blobName(label, configDigest));
        List<String> diffIds = texts(config.path("rootfs").path("diff_ids"));
        List<ImageContents.Layer> layers = new ArrayList<>();
        JsonNode ls = manifest.path("layers");
        int i = 0;
        for (JsonNode l : ls) {
            String digest = l.path("digest").asText();
            String name = blobName(label, digest);
            LayerTable t = lookup.layer(name, "layer " + (i + 1) + " of " + ls.size() + " (" + digest + ")");
            layers.add(new ImageContents.Layer(name, digest, i < diffIds.size() ? diffIds.get(i) : null, t));
            i++;
        }
        warnIfConfigDisagrees(label, diffIds.size(), layers.size());
        warnIfContentDisagrees(label, layers);
        List<String> tags = new ArrayList<>();
        String ref = chosen.path("annotations").path("io.containerd.image.name").asText(
                chosen.path("annotations").path("org.opencontainers.image.ref.name").asText(null));
        if (ref != null) {
            tags.add(ref);
        }
        return new ImageContents(label, "oci", tags, platformOf(config), ImageRecords.config(config),
                List.copyOf(layers), paths, bytesRead,
                configDigest);
    }

    /** {@code abc….json} (legacy) or {@code blobs/sha256/abc…} (OCI-style manifest.json) to {@code sha256:abc…}. */
    static String idOfConfigName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.endsWith(".json")) {
            base = base.substring(0, base.length() - 5);
        }
        return base.matches("[0-9a-f]{64}") ? "sha256:" + base : null;
    }

    private void collectManifests(String label, Lookup lookup, JsonNode index, List<JsonNode> out, int depth) {
        collectManifests(label, lookup, index, out, depth, new java.util.HashSet<>(), new int[] {0});
    }

    /**
     * Walks nested indexes breadth-safely: each index blob is read once whatever lists it (so indexes that list
     * each other many times cost their size, not the product of their fan-outs), image manifests are kept once per
     * digest, and at most {@link ScanLimits#MAX_DESCRIPTORS} descriptors are looked at in all.
     */
    private void collectManifests(String label, Lookup lookup, JsonNode index, List<JsonNode> out, int depth,
            java.util.Set<String> seen, int[] descriptors) {
        if (depth > 4) {
            throw new DockscopeException(ExitCode.USAGE, label + ": image indexes nested more than 4 deep.");
        }
        JsonNode manifests = index.path("manifests");
        List<JsonNode> list = new ArrayList<>();
        manifests.forEach(list::add);
        descriptors[0] += list.size();
        if (descriptors[0] > ScanLimits.MAX_DESCRIPTORS) {
            throw new DockscopeException(ExitCode.USAGE, label + ": its image indexes list more than "
                    + ScanLimits.MAX_DESCRIPTORS + " descriptors; refusing to read further.",
                    "An image index names one manifest per platform; this layout is damaged or hostile.");
        }
        if (depth == 0) {
            List<JsonNode> named = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (JsonNode d : list) {
                String n = refName(d);
                held.add(n.isEmpty() ? "an unnamed image (" + d.path("digest").asText("?") + ")" : n);
                if (wantedRef != null && !n.isEmpty() && refMatches(n, wantedRef)) {
                    named.add(d);
                }
            }
            if (wantedRef != null) {
                if (named.isEmpty()) {
                    throw notInArchive(label, wantedRef, held);
                }
                list = named;
            } else if (new java.util.LinkedHashSet<>(held).size() > 1 && held.stream().anyMatch(h -> !h.startsWith("an unnamed"))) {
                notes.note(label + " holds " + held.size() + " images; showing the first, " + held.get(0)
                        + ". The others: " + String.join("; ", held.subList(1, held.size())) + ". Name one as REF.");
                list = List.of(list.get(0));
            }
        }
        for (JsonNode d : list) {
            String digest = d.path("digest").asText("");
            String mt = d.path("mediaType").asText("");
            boolean nestedIndex = mt.endsWith("image.index.v1+json") || mt.endsWith("manifest.list.v2+json");
            // one manifest may stand for several platforms, so a leaf is the same only with the same platform
            String key = nestedIndex ? digest : digest + " " + d.path("platform");
            if (!digest.isEmpty() && !seen.add(key)) {
                continue;
            }
            if (nestedIndex) {
                JsonNode nested = parse(blobJson(label, lookup, d, "image index"), label, "image index");
                collectManifests(label, lookup, nested, out, depth + 1, seen, descriptors);
            } else {
                out.add(d);
            }
        }
    }

    /**
     * Each layer's uncompressed bytes, hashed as they streamed, must be the config's diff id for that layer: a
     * mismatch means the archive's layers and its config do not belong together (edited, or mixed from two saves).
     */
    private void warnIfContentDisagrees(String label, List<ImageContents.Layer> layers) {
        for (int n = 0; n < layers.size(); n++) {
            ImageContents.Layer l = layers.get(n);
            String read = l.table().uncompressedDigest();
            if (read != null && l.diffId() != null && !read.equals(l.diffId())) {
                notes.note(label + ": layer " + (n + 1) + " of " + layers.size() + " reads as " + shortDigest(read)
                        + ", but the config's diff_id for it is " + shortDigest(l.diffId()) + "; the numbers below are "
                        + "those of the bytes read.");
            }
        }
    }

    private static String shortDigest(String d) {
        String hex = d.startsWith("sha256:") ? d.substring(7) : d;
        return "sha256:" + (hex.length() > 12 ? hex.substring(0, 12) : hex);
    }

    /** The manifest's layers are the ones read and counted; a config that lists another number is said so. */
    private void warnIfConfigDisagrees(String label, int diffIds, int layers) {
        if (diffIds != layers) {
            notes.note(label + ": the image config lists " + diffIds + " diff_id" + (diffIds == 1 ? "" : "s")
                    + " but the manifest " + layers + " layer" + (layers == 1 ? "" : "s") + "; counting the manifest's.");
        }
    }

    private static String refName(JsonNode d) {
        return d.path("annotations").path("io.containerd.image.name").asText(
                d.path("annotations").path("org.opencontainers.image.ref.name").asText(""));
    }

    private static DockscopeException notInArchive(String label, String ref, List<String> held) {
        List<String> shown = held.size() > 10 ? held.subList(0, 10) : held;
        return new DockscopeException(ExitCode.NOT_FOUND, label + " has no image " + ref + "; it holds: "
                + String.join("; ", shown) + (held.size() > shown.size() ? "; and " + (held.size() - shown.size())
                + " more" : "") + ".", "Name one of those, or leave REF out to take the first.");
    }

    private byte[] blobJson(String label, Lookup lookup, JsonNode descriptor, String what) {
        String digest = descriptor.path("digest").asText(null);
        if (digest == null) {
            throw new DockscopeException(ExitCode.USAGE, label + ": an index entry has no digest.");
        }
        String name = blobName(label, digest);
        byte[] b = lookup.json(name);
        if (b == null) {
            throw missing(label, "the " + what + " " + digest, name);
        }
        return b;
    }

    private JsonNode configOrThrow(String label, Lookup lookup, String name) {
        byte[] b = lookup.json(name);
        if (b == null) {
            throw missing(label, "the image config", name);
        }
        return parse(b, label, name);
    }

    private static String blobName(String label, String digest) {
        int colon = digest.indexOf(':');
        String alg = colon < 0 ? "" : digest.substring(0, colon);
        String hex = colon < 0 ? "" : digest.substring(colon + 1);
        if (!alg.matches("[a-z0-9]+") || !hex.matches("[a-f0-9]{16,128}")) {
            throw new DockscopeException(ExitCode.USAGE, label + ": malformed digest \"" + digest + "\".");
        }
        return "blobs/" + alg + "/" + hex;
    }

    private static String digestOf(String blobName) {
        String[] parts = blobName.split("/");
        return parts.length == 3 ? parts[1] + ":" + parts[2] : null;
    }

    private static JsonNode parse(byte[] b, String label, String what) {
        try {
            JsonNode n = JsonTree.parse(b);
            return n == null ? JsonNodeFactory.instance.objectNode() : n;
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, label + ": " + what + " is not valid JSON.");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String platformOf(JsonNode config) {
        String os = config.path("os").asText("");
        String arch = config.path("architecture").asText("");
        if (os.isEmpty() && arch.isEmpty()) {
            return null;
        }
        String variant = config.path("variant").asText("");
        return os + "/" + arch + (variant.isEmpty() ? "" : "/" + variant);
    }

    static boolean refMatches(String tag, String wanted) {
        if (tag.equals(wanted)) {
            return true;
        }
        String w = wanted.contains(":") && wanted.lastIndexOf(':') > wanted.lastIndexOf('/') ? wanted : wanted + ":latest";
        return tag.equals(w) || tag.endsWith("/" + w) || tag.equals("docker.io/library/" + w)
                || tag.equals("docker.io/" + w);
    }

    static boolean platformMatches(String have, String want) {
        if (have.equals(want)) {
            return true;
        }
        // "linux/arm64" matches "linux/arm64/v8"; "linux/arm" matches any arm variant
        return have.startsWith(want + "/") || want.startsWith(have + "/");
    }

    /** The host as an OCI platform: linux/amd64, linux/arm64… (images are linux even on a Mac or Windows host). */
    public static String hostPlatform() {
        String arch = System.getProperty("os.arch", "amd64");
        String a = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            case "riscv64" -> "riscv64";
            default -> arch.startsWith("arm") ? "arm" : arch;
        };
        return "linux/" + a;
    }

    private static boolean isJsonName(String name) {
        return name.equals("manifest.json") || name.equals("index.json") || name.equals("oci-layout")
                || name.equals("repositories") || (name.endsWith(".json") && !name.startsWith("blobs/"))
                || name.endsWith("/json");
    }

    private static String follow(Map<String, String> links, String name) {
        String n = name;
        for (int i = 0; i < 16 && links.containsKey(n); i++) {
            n = links.get(n);
        }
        return n;
    }

    /** Resolves a symlink's target against the link's directory; null when it climbs out of the archive. */
    static String resolveLink(String linkName, String target) {
        if (target.startsWith("/")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int slash = linkName.lastIndexOf('/');
        if (slash > 0) {
            for (String p : linkName.substring(0, slash).split("/")) {
                parts.add(p);
            }
        }
        for (String p : target.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
