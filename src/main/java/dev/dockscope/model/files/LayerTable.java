package dev.dockscope.model.files;

import java.util.Arrays;

/**
 * The entries of one layer tar, in archive order, as parallel arrays (about 33 bytes per entry; no file content is
 * ever kept). Paths are ids in the image's {@link PathTable}. Whiteouts keep their own raw path ({@code d/.wh.x}) and
 * point at the path they hide through {@link #link(int)}; opaque markers point at their directory the same way.
 */
public final class LayerTable {
    public static final byte FILE = 0;
    public static final byte DIR = 1;
    public static final byte SYMLINK = 2;
    public static final byte HARDLINK = 3;
    public static final byte OTHER = 4;
    public static final byte WHITEOUT = 5;
    public static final byte OPAQUE = 6;

    private int count;
    private int[] path = new int[64];
    private byte[] kind = new byte[64];
    private long[] size = new long[64];
    private int[] mode = new int[64];
    private int[] uid = new int[64];
    private int[] gid = new int[64];
    private int[] crc = new int[64];
    private int[] link = new int[64];

    private long entryBytes;
    private long linkTargetBytes;
    private long tarBytes;
    private String uncompressedDigest;
    private long storedBytes;
    private String compression = "none";

    public int add(int pathId, byte k, long bytes, int m, int u, int g, int checksum, int linkId) {
        if (count == path.length) {
            int cap = count * 2;
            path = Arrays.copyOf(path, cap);
            kind = Arrays.copyOf(kind, cap);
            size = Arrays.copyOf(size, cap);
            mode = Arrays.copyOf(mode, cap);
            uid = Arrays.copyOf(uid, cap);
            gid = Arrays.copyOf(gid, cap);
            crc = Arrays.copyOf(crc, cap);
            link = Arrays.copyOf(link, cap);
        }
        int i = count++;
        path[i] = pathId;
        kind[i] = k;
        size[i] = bytes;
        mode[i] = m;
        uid[i] = u;
        gid[i] = g;
        crc[i] = checksum;
        link[i] = linkId;
        entryBytes += bytes;
        return i;
    }

    /** Trims the arrays to their content once the layer is read. */
    public void seal() {
        path = Arrays.copyOf(path, count);
        kind = Arrays.copyOf(kind, count);
        size = Arrays.copyOf(size, count);
        mode = Arrays.copyOf(mode, count);
        uid = Arrays.copyOf(uid, count);
        gid = Arrays.copyOf(gid, count);
        crc = Arrays.copyOf(crc, count);
        link = Arrays.copyOf(link, count);
    }

    public int count() {
        return count;
    }

    public int path(int i) {
        return path[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public long size(int i) {
        return size[i];
    }

    /** Permission bits (07777). */
    public int mode(int i) {
        return mode[i];
    }

    public int uid(int i) {
        return uid[i];
    }

    public int gid(int i) {
        return gid[i];
    }

    /** CRC-32C of the content (0 for anything but regular files). */
    public int crc(int i) {
        return crc[i];
    }

    /** Sets entry {@code i}'s content CRC when it is read after the layer (an archive read by position). */
    public void setCrc(int i, int checksum) {
        crc[i] = checksum;
    }

    /** Hard link: the target path id; whiteout: the hidden path id; opaque marker: its directory; else -1. */
    public int link(int i) {
        return link[i];
    }

    /** Sum of the tar headers' sizes of every entry: dive's layer size. */
    public long entryBytes() {
        return entryBytes;
    }

    /** A symbolic link's target length: its size on disk (what {@code lstat} and Docker's layer sizes count). */
    public void addLinkTarget(long bytes) {
        linkTargetBytes += bytes;
    }

    /**
     * The layer's size as Docker reports it ({@code docker history}, the image size): regular files' sizes plus the
     * target lengths of symbolic links (directories count nothing, a hard link's content once).
     */
    public long dockerBytes() {
        return entryBytes + linkTargetBytes;
    }

    /** Bytes of the uncompressed layer tar. */
    public long tarBytes() {
        return tarBytes;
    }

    /** Bytes the layer takes in the archive (compressed size when compressed). */
    public long storedBytes() {
        return storedBytes;
    }

    /** "none", "gzip" or "zstd". */
    public String compression() {
        return compression;
    }

    /** The sha256 of the uncompressed tar as it was read (its diff id), or null when the source did not hash it. */
    public String uncompressedDigest() {
        return uncompressedDigest;
    }

    public void setUncompressedDigest(String digest) {
        this.uncompressedDigest = digest;
    }

    public void setSizes(long tar, long stored, String compressionName) {
        this.tarBytes = tar;
        this.storedBytes = stored;
        this.compression = compressionName;
    }
}
