package dev.dockscope.docker.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Writes what the daemon keeps for a layer, from a layer tar built by {@link ImageFixture}: the tar-split index
 * (JSON lines: type 2 = raw bytes between contents, base64; type 1 = a file entry with name, size and the CRC-64/ISO
 * of its content, as tar-split's disassembler records them) and a whole layer-store folder for an image.
 */
public final class TarSplitFixture {
    private TarSplitFixture() {
    }

    /** The JSON lines of a tar's index, uncompressed. */
    public static List<String> lines(byte[] tar) {
        List<String> out = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            long prevEnd = 0;
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                long dataOffset = in.getBytesRead();
                out.add(segment(out.size(), Arrays.copyOfRange(tar, (int) prevEnd, (int) dataOffset)));
                long content = e.isFile() ? e.getSize() : 0;
                byte[] body = Arrays.copyOfRange(tar, (int) dataOffset, (int) (dataOffset + content));
                String payload = content > 0 ? "\"" + Base64.getEncoder().encodeToString(crc64Bytes(body)) + "\""
                        : "null";
                out.add("{\"type\":1,\"name\":" + quote(e.getName()) + (e.getSize() > 0 ? ",\"size\":" + e.getSize() : "")
                        + ",\"payload\":" + payload + ",\"position\":" + out.size() + "}");
                prevEnd = dataOffset + content;
            }
            out.add(segment(out.size(), Arrays.copyOfRange(tar, (int) prevEnd, tar.length)));
            out.add(segment(out.size(), new byte[0]));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out;
    }

    static String segment(int position, byte[] raw) {
        return "{\"type\":2,\"payload\":\"" + Base64.getEncoder().encodeToString(raw) + "\",\"position\":" + position
                + "}";
    }

    public static byte[] gzip(List<String> lines) {
        return ImageFixture.compress((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), "gzip");
    }

    /** {@code tar-split.json.gz} for a tar. */
    public static byte[] index(byte[] tar) {
        return gzip(lines(tar));
    }

    /**
     * A daemon root folder with {@code image/overlay2/layerdb} and {@code imagedb} for one image of these layers;
     * returns the image id (the config's digest). Layer folders are named by chain id, as the daemon names them.
     */
    public static String layerStore(Path root, List<ImageFixture.Layer> layers) throws IOException {
        Path image = root.resolve("image").resolve("overlay2");
        List<String> diffIds = new ArrayList<>();
        for (ImageFixture.Layer l : layers) {
            diffIds.add(ImageFixture.sha256(l.tarBytes()));
        }
        List<String> chains = LayerStoreImageSource.chainIds(diffIds);
        for (int i = 0; i < layers.size(); i++) {
            Path dir = Files.createDirectories(image.resolve("layerdb/sha256").resolve(chains.get(i).substring(7)));
            Files.writeString(dir.resolve("diff"), diffIds.get(i));
            Files.write(dir.resolve("tar-split.json.gz"), index(layers.get(i).tarBytes()));
        }
        byte[] config = ImageFixture.config(layers, "amd64").getBytes(StandardCharsets.UTF_8);
        String id = ImageFixture.sha256(config);
        Path content = Files.createDirectories(image.resolve("imagedb/content/sha256"));
        Files.write(content.resolve(id.substring(7)), config);
        return id;
    }

    /** CRC-64 with the ISO polynomial, reflected, as Go's {@code hash/crc64} with {@code crc64.ISO} computes it. */
    public static long crc64(byte[] b) {
        long crc = ~0L;
        for (byte x : b) {
            crc = TABLE[(int) ((crc ^ x) & 0xff)] ^ (crc >>> 8);
        }
        return ~crc;
    }

    static byte[] crc64Bytes(byte[] b) {
        long v = crc64(b);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (v >>> (56 - 8 * i));
        }
        return out;
    }

    private static final long[] TABLE = new long[256];

    static {
        long poly = 0xD800000000000000L;
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) == 1 ? (crc >>> 1) ^ poly : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
