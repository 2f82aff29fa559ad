package dev.dockscope.docker.source;

import dev.dockscope.docker.BulkInputStream;
import dev.dockscope.DockscopeException;
import dev.dockscope.model.text.Sanitizer;
import java.io.IOException;
import java.io.InputStream;

/**
 * A layer tar rebuilt from the daemon's tar-split index ({@code tar-split.json.gz}) without its file contents: the raw
 * header segments (type 2 lines) are served as bytes, and each file's content (type 1 lines: name, size, CRC-64 of
 * the content) is a hole that only {@link #skip} can pass, in O(1). {@link TarStream} parses the headers exactly as it
 * parses an exported layer; when it skips a file's content, the hole's CRC-64 becomes that file's identity
 * ({@link #lastSum()}). The lines come from {@link TarSplitLines}, read here or ahead on another thread
 * ({@link TarSplitPrefetch}).
 */
final class TarSplitInput extends BulkInputStream {
    /** Base64 characters of one raw segment. */
    static final int MAX_SEGMENT = TarSplitLines.MAX_SEGMENT;
    private static final byte[] NONE = new byte[0];

    /** The index's lines, as {@link TarSplitLines} reads and checks them. */
    interface Lines {
        /** Reads the next line; false at the end. Errors are {@link DockscopeException}s naming file and line. */
        boolean next() throws IOException;

        /** 1: a file entry; 2: a raw segment. */
        int kind();

        /** The array holding a segment's bytes, valid until the next line. */
        byte[] segment();

        /** Where in {@link #segment()} they start. */
        int segmentOffset();

        int segmentLength();

        long fileSize();

        long fileSum();

        /** Null when the index stores the name as raw bytes. */
        String fileName();

        /** The line last read, 0-based. */
        long line();

        String file();

        void close() throws IOException;
    }

    private final Lines lines;
    private byte[] segment = NONE;
    private int segmentLength; // the end of the segment's bytes in that array (reused from line to line)
    private int segmentPos;
    private boolean atFile;    // a type 1 line is next to pass: a file whose content would be here
    private String fileName;
    private long fileSize;
    private long fileSum;
    private boolean eof;
    private long claims;
    private long lastSum;
    private String lastName;

    /**
     * @param json the un-gzipped index
     * @param file names it in messages (the path of {@code tar-split.json.gz})
     * @param maxEntries tar entries allowed in a layer; the index may have about two lines per entry
     */
    TarSplitInput(InputStream json, String file, long maxEntries) {
        this(new TarSplitLines(json, file, maxEntries));
    }

    TarSplitInput(Lines lines) {
        this.lines = lines;
    }

    /** How many file contents were skipped through their holes. */
    long claims() {
        return claims;
    }

    /** tar-split's CRC-64 of the last skipped content, folded to 32 bits as {@code LayerTable} keeps it. */
    int lastSum() {
        return (int) (lastSum ^ (lastSum >>> 32));
    }

    /** The name the index gives the last skipped content (null when the index stores it as raw bytes). */
    String lastName() {
        return lastName;
    }

    String file() {
        return lines.file();
    }


    /** Serves raw segment bytes; never crosses into a file's content (a header-only entry's line is passed over). */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (segmentPos == segmentLength) {
            if (atFile) {
                // the header said this entry has no content (link, directory, empty file): nothing to serve
                atFile = false;
            }
            if (!advance()) {
                return -1;
            }
        }
        int n = Math.min(len, segmentLength - segmentPos);
        System.arraycopy(segment, segmentPos, b, off, n);
        segmentPos += n;
        return n;
    }

    /**
     * Inside a segment, skips its bytes. At a file's hole, {@code n} must be exactly the file's size (the tar header
     * asks for its content): the hole is passed and its CRC-64 remembered. Returns 0 at the end.
     */
    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        while (true) {
            if (segmentPos < segmentLength) {
                int s = (int) Math.min(n, segmentLength - segmentPos);
                segmentPos += s;
                return s;
            }
            if (atFile) {
                atFile = false;
                if (fileSize == 0) {
                    continue;
                }
                if (fileSize != n) {
                    throw corrupt("the tar header asks to skip " + n + " bytes of content where the index's file entry "
                            + (fileName == null ? "" : "\"" + printable(fileName) + "\" ") + "has " + fileSize);
                }
                claims++;
                lastSum = fileSum;
                lastName = fileName;
                return n;
            }
            if (!advance()) {
                return 0;
            }
        }
    }

    @Override
    public int available() {
        return segmentLength - segmentPos;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Reads the next line; false at the end of the index. */
    private boolean advance() throws IOException {
        if (eof) {
            return false;
        }
        if (!lines.next()) {
            eof = true;
            return false;
        }
        if (lines.kind() == 1) {
            atFile = true;
            fileName = lines.fileName();
            fileSize = lines.fileSize();
            fileSum = lines.fileSum();
            segment = NONE;
            segmentLength = 0;
        } else {
            segment = lines.segment();
            segmentPos = lines.segmentOffset();
            segmentLength = segmentPos + lines.segmentLength();
            return true;
        }
        segmentPos = 0;
        return true;
    }

    DockscopeException corrupt(String what) {
        return TarSplitLines.corrupt(lines.file(), lines.line(), what);
    }

    private static String printable(String s) {
        String t = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return Sanitizer.line(t);
    }
}
