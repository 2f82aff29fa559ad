package dev.dockscope.docker.source;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds image archives in the tests themselves: layer tars (plain, gzip, zstd) with files, directories, hard links,
 * symlinks, whiteouts and opaque markers, wrapped as a legacy {@code docker save} archive, an OCI layout (tar or
 * directory, blobs before or after index.json) or an Engine 25 save (OCI plus manifest.json).
 */
public final class ImageFixture {
    static final long MTIME = 1_700_000_000_000L;

    private ImageFixture() {
    }

    /** One layer under construction. */
    public static final class Layer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar;
        final String createdBy;
        String compression = "none";

        public Layer(String createdBy) {
            this(createdBy, "UTF-8");
        }

        public Layer(String createdBy, String encoding) {
            this.createdBy = createdBy;
            tar = new TarArchiveOutputStream(bytes, encoding);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        public Layer dir(String name) {
            return dir(name, 0755, 0, 0);
        }

        public Layer dir(String name, int mode, int uid, int gid) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setMode(040000 | mode);
            e.setIds(uid, gid);
            return put(e, null);
        }

        public Layer file(String name, int size) {
            return file(name, size, 0644, (byte) 'x');
        }

        /** A file of {@code size} bytes all equal to {@code fill} (so equal fills mean equal content). */
        public Layer file(String name, int size, int mode, byte fill) {
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setMode(0100000 | mode);
            e.setSize(size);
            byte[] content = new byte[size];
            Arrays.fill(content, fill);
            return put(e, content);
        }

        public Layer hardlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK);
            e.setLinkName(target);
            return put(e, null);
        }

        public Layer symlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            e.setLinkName(target);
            return put(e, null);
        }

        /** {@code dir/.wh.name}: hides {@code dir/name} of the layers below. */
        public Layer whiteout(String path) {
            int slash = path.lastIndexOf('/');
            String wh = slash < 0 ? ".wh." + path : path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1);
            return file(wh, 0, 0644, (byte) 0);
        }

        /** {@code dir/.wh..wh..opq}: hides everything the layers below have under {@code dir}. */
        public Layer opaque(String dir) {
            return file(dir + "/.wh..wh..opq", 0, 0644, (byte) 0);
        }

        public Layer raw(TarArchiveEntry e, byte[] content) {
            return put(e, content);
        }

        public Layer gzip() {
            compression = "gzip";
            return this;
        }

        public Layer zstd() {
            compression = "zstd";
            return this;
        }

        private Layer put(TarArchiveEntry e, byte[] content) {
            e.setModTime(MTIME); // fixed: goldens and digests must not depend on the clock
            try {
                tar.putArchiveEntry(e);
                if (content != null) {
                    tar.write(content);
                }
                tar.closeArchiveEntry();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return this;
        }

        /** The uncompressed tar. */
        public byte[] tarBytes() {
            if (finished == null) {
                try {
                    tar.finish();
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                finished = bytes.toByteArray();
            }
            return finished;
        }

        private byte[] finished;

        /** The blob as stored: compressed when asked. */
        public byte[] blob() {
            return compress(tarBytes(), compression);
        }
    }

    public static byte[] compress(byte[] data, String how) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (how) {
                case "gzip" -> {
                    try (OutputStream z = new GZIPOutputStream(out)) {
                        z.write(data);
                    }
                }
                case "zstd" -> {
                    try (OutputStream z = new ZstdOutputStream(out)) {
                        z.write(data);
                    }
                }
                default -> out.write(data);
            }
            return out.toByteArray();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    public static String sha256(byte[] b) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(String digest) {
        return digest.substring(digest.indexOf(':') + 1);
    }

    /** The image config: history (one entry per layer plus an empty ENV) and the diff ids. */
    public static String config(List<Layer> layers, String arch) {
        StringBuilder history = new StringBuilder();
        StringBuilder diffIds = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            history.append(i == 0 ? "" : ",").append("{\"created_by\":").append(quote(l.createdBy)).append('}');
            if (i == 0) {
                history.append(",{\"created_by\":\"/bin/sh -c #(nop)  ENV A=b\",\"empty_layer\":true}");
            }
            diffIds.append(i == 0 ? "" : ",").append('"').append(sha256(l.tarBytes())).append('"');
        }
        return "{\"architecture\":\"" + arch + "\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[" + diffIds + "]},\"history\":[" + history + "]}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An outer archive being written. */
    public static final class Archive {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, "UTF-8");

        public Archive() {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        public Archive add(String name, byte[] content) {
            try {
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setModTime(MTIME);
                e.setSize(content.length);
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return this;
        }

        public Archive add(String name, String content) {
            return add(name, content.getBytes(StandardCharsets.UTF_8));
        }

        public Archive symlink(String name, String target) {
            try {
                TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                e.setModTime(MTIME);
                e.setLinkName(target);
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return this;
        }

        public byte[] bytes() {
            try {
                tar.finish();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return bytes.toByteArray();
        }
    }

    /** Engine 20.10's layout: {@code <id>/layer.tar}, {@code <config>.json}, manifest.json, repositories. */
    public static byte[] legacy(List<Layer> layers, String tag) {
        Archive a = new Archive();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String id = hex(sha256(("layer" + i).getBytes(StandardCharsets.UTF_8)));
            a.add(id + "/VERSION", "1.0");
            a.add(id + "/json", "{\"id\":\"" + id + "\"}");
            a.add(id + "/layer.tar", layers.get(i).blob());
            names.add(id + "/layer.tar");
        }
        String config = config(layers, "amd64");
        String configName = hex(sha256(config.getBytes(StandardCharsets.UTF_8))) + ".json";
        a.add(configName, config);
        a.add("manifest.json", "[{\"Config\":\"" + configName + "\",\"RepoTags\":[\"" + tag + "\"],\"Layers\":["
                + String.join(",", names.stream().map(n -> "\"" + n + "\"").toList()) + "]}]");
        a.add("repositories", "{}");
        return a.bytes();
    }

    /** The blobs of one platform's image: config, layers and manifest; returns the manifest's digest. */
    static String writeImage(Archive a, List<Layer> layers, String arch, List<String> layerNamesOut) {
        String config = config(layers, arch);
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String configDigest = sha256(configBytes);
        StringBuilder ls = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            byte[] blob = l.blob();
            String d = sha256(blob);
            a.add("blobs/sha256/" + hex(d), blob);
            layerNamesOut.add("blobs/sha256/" + hex(d));
            String mt = switch (l.compression) {
                case "gzip" -> "application/vnd.oci.image.layer.v1.tar+gzip";
                case "zstd" -> "application/vnd.oci.image.layer.v1.tar+zstd";
                default -> "application/vnd.oci.image.layer.v1.tar";
            };
            ls.append(i == 0 ? "" : ",").append("{\"mediaType\":\"").append(mt).append("\",\"digest\":\"").append(d)
                    .append("\",\"size\":").append(blob.length).append('}');
        }
        a.add("blobs/sha256/" + hex(configDigest), configBytes);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest
                + "\",\"size\":" + configBytes.length + "},\"layers\":[" + ls + "]}";
        byte[] mb = manifest.getBytes(StandardCharsets.UTF_8);
        String md = sha256(mb);
        a.add("blobs/sha256/" + hex(md), mb);
        return md + "|" + mb.length + "|" + hex(configDigest);
    }

    /**
     * An OCI layout tar. {@code blobsFirst}: blobs before index.json (as daemons stream it) or after;
     * {@code withManifestJson}: Engine 25+'s extra manifest.json.
     */
    public static byte[] oci(List<Layer> layers, String tag, boolean blobsFirst, boolean withManifestJson) {
        Archive a = new Archive();
        if (!blobsFirst) {
            // index first needs the digests up front: write the blobs to a scratch archive to learn them
            List<String> scratchNames = new ArrayList<>();
            String info = writeImage(new Archive(), layers, "amd64", scratchNames);
            a.add("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
            a.add("index.json", index(info, tag, null));
            List<String> names = new ArrayList<>();
            writeImage(a, layers, "amd64", names);
            return a.bytes();
        }
        List<String> names = new ArrayList<>();
        String info = writeImage(a, layers, "amd64", names);
        a.add("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        a.add("index.json", index(info, tag, null));
        if (withManifestJson) {
            String[] parts = info.split("\\|");
            a.add("manifest.json", "[{\"Config\":\"blobs/sha256/" + parts[2] + "\",\"RepoTags\":[\"" + tag
                    + "\"],\"Layers\":[" + String.join(",", names.stream().map(n -> "\"" + n + "\"").toList()) + "]}]");
        }
        return a.bytes();
    }

    static String index(String info, String tag, String platformJson) {
        String[] parts = info.split("\\|");
        return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{"
                + "\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + parts[0]
                + "\",\"size\":" + parts[1] + (platformJson == null ? "" : ",\"platform\":" + platformJson)
                + ",\"annotations\":{\"io.containerd.image.name\":\"" + tag + "\"}}]}";
    }

    /** A multi-platform OCI layout: index.json → nested index → one manifest per architecture. */
    public static byte[] multiPlatform(List<Layer> amd64, List<Layer> arm64, String tag) {
        Archive a = new Archive();
        String[] amd = writeImage(a, amd64, "amd64", new ArrayList<>()).split("\\|");
        String[] arm = writeImage(a, arm64, "arm64", new ArrayList<>()).split("\\|");
        String nested = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":["
                + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + amd[0] + "\",\"size\":"
                + amd[1] + ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}},"
                + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + arm[0] + "\",\"size\":"
                + arm[1] + ",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"}},"
                + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + amd[0] + "\",\"size\":"
                + amd[1] + ",\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"}}]}";
        byte[] nb = nested.getBytes(StandardCharsets.UTF_8);
        String nd = sha256(nb);
        a.add("blobs/sha256/" + hex(nd), nb);
        a.add("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        a.add("index.json", "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"digest\":\"" + nd + "\",\"size\":" + nb.length + ",\"annotations\":{\"io.containerd.image.name\":\""
                + tag + "\"}}]}");
        return a.bytes();
    }

    /** Unpacks an archive into a directory (tests only; the product never extracts anything). */
    public static Path unpack(byte[] archive, Path dir) throws IOException {
        try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.io.ByteArrayInputStream(archive))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path f = dir.resolve(e.getName()).normalize();
                if (!f.startsWith(dir)) {
                    throw new IOException("unsafe fixture name " + e.getName());
                }
                Files.createDirectories(f.getParent());
                Files.write(f, in.readAllBytes());
            }
        }
        return dir;
    }

    /**
     * The reference fixture used by the number tests (sizes chosen so every figure is easy to add up by hand):
     * <pre>
     * L1 plain: etc/ etc/passwd(100) bin/ bin/sh(1000) bin/bash=>bin/sh (hard link) bin/ash->sh (symlink)
     *           data/ data/a(300) data/b(200) empty(0)
     * L2 gzip : etc/ etc/passwd(150) app/ app/big(5000, 0644) app/tmp(700) app/log(50)
     * L3 zstd : .wh.data  app/ app/.wh..wh..opq  app/big(5000, same bytes, 0755)
     * L4 plain: etc/ etc/.wh.passwd
     * </pre>
     */
    public static List<Layer> reference() {
        Layer l1 = new Layer("/bin/sh -c #(nop) ADD file:base in / ")
                .dir("etc").file("etc/passwd", 100).dir("bin").file("bin/sh", 1000, 0755, (byte) 's')
                .hardlink("bin/bash", "bin/sh").symlink("bin/ash", "sh")
                .dir("data").file("data/a", 300).file("data/b", 200).file("empty", 0);
        Layer l2 = new Layer("/bin/sh -c apt-get install -y app && touch /app/tmp")
                .dir("etc").file("etc/passwd", 150, 0644, (byte) 'p').dir("app")
                .file("app/big", 5000, 0644, (byte) 'b').file("app/tmp", 700).file("app/log", 50).gzip();
        Layer l3 = new Layer("RUN /bin/sh -c rm -rf /data /app/* && chmod +x /app/big # buildkit")
                .whiteout("data").dir("app").opaque("app").file("app/big", 5000, 0755, (byte) 'b').zstd();
        Layer l4 = new Layer("/bin/sh -c rm /etc/passwd").dir("etc").whiteout("etc/passwd");
        return List.of(l1, l2, l3, l4);
    }
}
