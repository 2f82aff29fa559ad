package dev.dockscope.docker.source;

import dev.dockscope.docker.BulkInputStream;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.Checksum;

/**
 * A strict, streaming tar reader: ustar, GNU (long names, base-256 numbers) and PAX headers. It never seeks and never
 * holds an entry's content: {@link #skip(Checksum)} streams it past a checksum straight from the read buffer, and
 * {@link #content()} hands it to a nested reader. Every format problem is a {@link DockscopeException} with exit 2
 * naming {@code label} and the byte offset of the bad header; failures of the underlying stream pass through as
 * {@link IOException}s.
 */
final class TarStream {
    static final int BLOCK = 512;
    private static final int MAX_META = 1 << 20;     // PAX header records
    private static final int MAX_LONG_NAME = 1 << 16; // GNU long names
    /** Longest file or link name accepted (Linux's PATH_MAX): nothing longer can be unpacked anywhere. */
    static final int MAX_NAME = 4096;
    /** Name bytes accepted per stream, so that many long names cannot fill the heap. */
    static final long MAX_NAME_TOTAL = 256L << 20;

    private final InputStream in;
    private final String label;
    private final byte[] buf;
    private int pos;
    private int lim;
    private long base;      // stream offset of buf[0]
    private long remaining; // content bytes of the current entry not yet consumed
    private int padding;    // padding after the current entry's content
    private boolean ended;
    private final long maxEntries;
    private long entries;
    private long nameBytes;
    private final int readAhead;

    TarStream(InputStream in, String label, int bufferSize, long maxEntries) {
        this(in, label, bufferSize, maxEntries, Integer.MAX_VALUE);
    }

    /**
     * {@code readAhead}: at most this many bytes per read beyond what a header needs. A source that skips in O(1)
     * (a layer inside a file on disk) reads little past each header, so the content it skips is never copied.
     */
    TarStream(InputStream in, String label, int bufferSize, long maxEntries, int readAhead) {
        this.in = in;
        this.label = label;
        this.buf = new byte[Math.max(bufferSize, 4 * BLOCK)];
        this.maxEntries = maxEntries;
        this.readAhead = Math.max(readAhead, BLOCK);
    }

    /** One header, with PAX and GNU extensions applied. */
    record Entry(String name, String linkName, char type, long size, int mode, int uid, int gid, long offset) {
        boolean isRegular() {
            return type == '0' || type == '\0' || type == '7';
        }
    }

    String label() {
        return label;
    }

    /** Bytes consumed so far. */
    long offset() {
        return base + pos;
    }

    /** The next entry, or null at the end of the archive. Skips whatever is left of the previous entry. */
    Entry next() throws IOException {
        if (ended) {
            return null;
        }
        skip(null);
        String paxPath = null;
        String paxLink = null;
        long paxSize = -1;
        int paxUid = -1;
        int paxGid = -1;
        String longName = null;
        String longLink = null;
        while (true) {
            long headerOffset = offset();
            int got = fill(BLOCK);
            if (got == 0) {
                // end of stream without the two zero blocks: accepted, as GNU tar and Go do
                ended = true;
                return null;
            }
            if (got < BLOCK) {
                throw corrupt("the archive is truncated inside a header", headerOffset);
            }
            if (isZero(buf, pos)) {
                ended = true;
                pos += BLOCK;
                return null;
            }
            verifyChecksum(headerOffset);
            char type = (char) (buf[pos + 156] & 0xff);
            long size = number(124, 12, headerOffset, "size");
            int mode = (int) number(100, 8, headerOffset, "mode");
            int uid = (int) number(108, 8, headerOffset, "uid");
            int gid = (int) number(116, 8, headerOffset, "gid");
            boolean ustar = buf[pos + 257] == 'u' && buf[pos + 258] == 's' && buf[pos + 259] == 't'
                    && buf[pos + 260] == 'a' && buf[pos + 261] == 'r';
            boolean posix = ustar && buf[pos + 262] == 0;
            // names that are not UTF-8 only matter when no PAX or GNU record replaces them
            String name;
            try {
                name = text(pos, 100, headerOffset);
                if (posix && buf[pos + 345] != 0) {
                    name = text(pos + 345, 155, headerOffset) + "/" + name;
                }
            } catch (DockscopeException badName) {
                name = null;
            }
            String link;
            try {
                link = text(pos + 157, 100, headerOffset);
            } catch (DockscopeException badLink) {
                link = null;
            }
            pos += BLOCK;
            if (size < 0) {
                throw corrupt("negative entry size", headerOffset);
            }
            if (++entries > maxEntries) {
                throw corrupt("more than " + maxEntries + " entries; refusing to read further", headerOffset);
            }
            switch (type) {
                case 'x', 'X' -> {
                    byte[] records = readMetaBytes(size, MAX_META, headerOffset, "PAX header");
                    for (String[] kv : pax(records, headerOffset)) {
                        switch (kv[0]) {
                            case "path" -> paxPath = kv[1];
                            case "linkpath" -> paxLink = kv[1];
                            case "size" -> paxSize = paxNumber(kv, headerOffset);
                            case "uid" -> paxUid = (int) paxNumber(kv, headerOffset);
                            case "gid" -> paxGid = (int) paxNumber(kv, headerOffset);
                            default -> {
                                // mtime, atime, xattrs...: not needed
                            }
                        }
                    }
                    continue;
                }
                case 'g' -> {
                    readMeta(size, MAX_META, headerOffset, "PAX global header");
                    continue;
                }
                case 'L' -> {
                    longName = stripNul(readMeta(size, MAX_LONG_NAME, headerOffset, "GNU long name"));
                    continue;
                }
                case 'K' -> {
                    longLink = stripNul(readMeta(size, MAX_LONG_NAME, headerOffset, "GNU long link name"));
                    continue;
                }
                default -> {
                    // a real entry
                }
            }
            if (longName != null) {
                name = longName;
            }
            if (paxPath != null) {
                name = paxPath;
            }
            if (longLink != null) {
                link = longLink;
            }
            if (paxLink != null) {
                link = paxLink;
            }
            if (paxSize >= 0) {
                size = paxSize;
            }
            if (paxUid >= 0) {
                uid = paxUid;
            }
            if (paxGid >= 0) {
                gid = paxGid;
            }
            if (name == null || (link == null && (type == '1' || type == '2'))) {
                throw corrupt("a file name that is not valid UTF-8", headerOffset);
            }
            if (link == null) {
                link = "";
            }
            checkNameLength(name, link, headerOffset);
            // links, directories, devices and fifos carry no content whatever the size field says
            long content = switch (type) {
                case '1', '2', '3', '4', '5', '6' -> 0;
                default -> size;
            };
            remaining = content;
            padding = (int) ((BLOCK - (content % BLOCK)) % BLOCK);
            return new Entry(name, link, type, content, mode & 07777, uid, gid, headerOffset);
        }
    }

    private void checkNameLength(String name, String link, long at) {
        int longest = Math.max(name.length(), link.length());
        if (longest > MAX_NAME) {
            throw corrupt("a file name of " + longest + " characters, longer than the " + MAX_NAME + " allowed", at);
        }
        nameBytes += name.length() + link.length();
        if (nameBytes > MAX_NAME_TOTAL) {
            throw corrupt("more than " + MAX_NAME_TOTAL + " bytes of file names; refusing to read further", at);
        }
    }

    /** Consumes the rest of the current entry's content, feeding it to {@code sum} when not null. */
    void skip(Checksum sum) throws IOException {
        while (remaining > 0) {
            if (pos == lim && sum == null) {
                // nothing buffered and nothing to hash: let the source skip (a layer-store index skips in O(1))
                long s = in.skip(remaining);
                if (s > 0) {
                    base += s;
                    remaining -= s;
                    continue;
                }
            }
            if (pos == lim && fill(1) == 0) {
                throw truncated();
            }
            int n = (int) Math.min(remaining, lim - pos);
            if (sum != null) {
                sum.update(buf, pos, n);
            }
            pos += n;
            remaining -= n;
        }
        while (padding > 0) {
            if (pos == lim && fill(1) == 0) {
                // a missing final padding is harmless
                padding = 0;
                break;
            }
            int n = Math.min(padding, lim - pos);
            pos += n;
            padding -= n;
        }
    }

    /** The current entry's content as a stream; reading past its end returns -1. Closing it does nothing. */
    InputStream content() {
        return new BulkInputStream() {

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (remaining <= 0) {
                    return -1;
                }
                int want = (int) Math.min(len, remaining);
                int n;
                if (pos < lim) {
                    n = Math.min(want, lim - pos);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                } else if (want >= buf.length / 2) {
                    n = in.read(b, off, want);
                    if (n < 0) {
                        throw truncated();
                    }
                    base += n; // the bytes went around the buffer: offset() moves on all the same
                } else {
                    if (fill(1) == 0) {
                        throw truncated();
                    }
                    n = Math.min(want, lim - pos);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                }
                remaining -= n;
                return n;
            }

            @Override
            public int available() {
                return (int) Math.min(remaining, lim - pos);
            }
        };
    }

    private DockscopeException truncated() {
        return corrupt("the archive is truncated (" + remaining + " bytes of the current entry missing)", offset());
    }

    DockscopeException corrupt(String what, long at) {
        return new DockscopeException(ExitCode.USAGE, label + ": " + what + " at byte " + at + ".",
                "The file is damaged or not an image archive; save it again (docker save IMAGE -o FILE).");
    }

    /** Ensures at least {@code want} bytes (or what is left) are buffered; returns how many are. */
    private int fill(int want) throws IOException {
        if (lim - pos >= want) {
            return lim - pos;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < want) {
            int room = buf.length - lim;
            int n = in.read(buf, lim, readAhead >= room ? room : Math.max(readAhead, want - lim));
            if (n < 0) {
                break;
            }
            lim += n;
        }
        return lim - pos;
    }

    private String readMeta(long size, int max, long headerOffset, String what) throws IOException {
        byte[] b = readMetaBytes(size, max, headerOffset, what);
        return decode(b, 0, b.length, headerOffset);
    }

    private byte[] readMetaBytes(long size, int max, long headerOffset, String what) throws IOException {
        if (size > max) {
            throw corrupt(what + " of " + size + " bytes is larger than the " + max + " allowed", headerOffset);
        }
        byte[] b = new byte[(int) size];
        int off = 0;
        while (off < size) {
            if (pos == lim && fill(1) == 0) {
                throw corrupt("the archive is truncated inside a " + what, headerOffset);
            }
            int n = Math.min((int) size - off, lim - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            off += n;
        }
        int pad = (int) ((BLOCK - (size % BLOCK)) % BLOCK);
        if (fill(pad) < pad) {
            throw corrupt("the archive is truncated inside a " + what, headerOffset);
        }
        pos += pad;
        return b;
    }

    private java.util.List<String[]> pax(byte[] bytes, long at) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int sp = i;
            while (sp < bytes.length && bytes[sp] != ' ') {
                sp++;
            }
            int len;
            try {
                len = Integer.parseInt(new String(bytes, i, sp - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw corrupt("malformed PAX record length", at);
            }
            if (len <= sp - i + 1 || i + len > bytes.length || bytes[i + len - 1] != '\n') {
                throw corrupt("malformed PAX record", at);
            }
            String kv = decode(bytes, sp + 1, i + len - sp - 2, at);
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw corrupt("malformed PAX record", at);
            }
            out.add(new String[] {kv.substring(0, eq), kv.substring(eq + 1)});
            i += len;
        }
        return out;
    }

    private long paxNumber(String[] kv, long at) {
        try {
            long v = Long.parseLong(kv[1].trim());
            if (v < 0) {
                throw corrupt("negative PAX " + kv[0], at);
            }
            return v;
        } catch (NumberFormatException e) {
            throw corrupt("malformed PAX " + kv[0] + " \"" + kv[1] + "\"", at);
        }
    }

    private void verifyChecksum(long at) {
        long stored;
        try {
            stored = octal(pos + 148, 8);
        } catch (NumberFormatException e) {
            throw corrupt("not a tar header (no valid checksum field)", at);
        }
        // the unsigned sum, as every tar writer since POSIX.1-1988 stores it: eight bytes a step (the header is
        // parsed by C1 code, which does not unroll), the checksum field itself counted as eight spaces
        byte[] b = buf;
        int unsigned = 0;
        for (int i = pos, end = pos + BLOCK; i < end; i += 8) {
            unsigned += (b[i] & 0xff) + (b[i + 1] & 0xff) + (b[i + 2] & 0xff) + (b[i + 3] & 0xff)
                    + (b[i + 4] & 0xff) + (b[i + 5] & 0xff) + (b[i + 6] & 0xff) + (b[i + 7] & 0xff);
        }
        int field = 0;
        for (int i = pos + 148; i < pos + 156; i++) {
            field += b[i] & 0xff;
        }
        unsigned += 8 * ' ' - field;
        if (stored == unsigned) {
            return;
        }
        // some old writers summed signed bytes: each byte >= 0x80 then weighs 256 less (only read on a mismatch)
        int high = 0;
        for (int i = pos, end = pos + BLOCK; i < end; i++) {
            high += (b[i] & 0xff) >>> 7;
        }
        for (int i = pos + 148; i < pos + 156; i++) {
            high -= (b[i] & 0xff) >>> 7;
        }
        if (stored != unsigned - 256 * high) {
            throw corrupt("not a tar header (checksum mismatch)", at);
        }
    }

    private long number(int field, int len, long at, String what) {
        int p = pos + field;
        if ((buf[p] & 0x80) != 0) {
            // GNU base-256; the first byte's high bit is the marker, bit 6 the sign
            if ((buf[p] & 0x40) != 0) {
                throw corrupt("negative " + what + " field", at);
            }
            long v = buf[p] & 0x3f;
            for (int i = 1; i < len; i++) {
                if ((v >>> 55) != 0) {
                    throw corrupt(what + " field out of range", at);
                }
                v = (v << 8) | (buf[p + i] & 0xff);
            }
            return v;
        }
        try {
            return octal(p, len);
        } catch (NumberFormatException e) {
            throw corrupt("malformed " + what + " field", at);
        }
    }

    private long octal(int p, int len) {
        int i = p;
        int end = p + len;
        while (i < end && (buf[i] == ' ' || buf[i] == 0)) {
            i++;
        }
        long v = 0;
        boolean any = false;
        while (i < end && buf[i] >= '0' && buf[i] <= '7') {
            v = (v << 3) | (buf[i] - '0');
            if (v < 0 || v > (Long.MAX_VALUE >> 3)) {
                throw new NumberFormatException();
            }
            any = true;
            i++;
        }
        while (i < end) {
            if (buf[i] != ' ' && buf[i] != 0) {
                throw new NumberFormatException();
            }
            i++;
        }
        return any ? v : 0;
    }

    private String text(int p, int len, long at) {
        int end = p;
        while (end < p + len && buf[end] != 0) {
            end++;
        }
        return end == p ? "" : decode(buf, p, end - p, at); // most entries have no link name: nothing to make
    }

    private String decode(byte[] b, int off, int len, long at) {
        boolean ascii = true;
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        return lenientUtf8(b, off, len);
    }

    /**
     * UTF-8 where it is valid; every byte that is not is kept as the four characters {@code \\xNN}, so a Latin-1
     * {@code café} reads {@code caf\\xe9}: shown escaped, and still distinct from every other name.
     */
    static String lenientUtf8(byte[] b, int off, int len) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(len * 4 + 4);
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                for (int k = 0; k < r.length(); k++) {
                    out.put(String.format("\\x%02x", in.get() & 0xff));
                }
            } else {
                break; // overflow cannot happen: four characters per byte at most
            }
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static String stripNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static boolean isZero(byte[] b, int p) {
        for (int i = 0; i < BLOCK; i++) {
            if (b[p + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads exactly {@code n} bytes of the current entry (for small JSON files); refuses larger ones. */
    byte[] readAll(long max) throws IOException {
        if (remaining > max) {
            throw corrupt("an entry of " + remaining + " bytes where a small JSON file was expected", offset());
        }
        byte[] b = new byte[(int) remaining];
        InputStream c = content();
        int off = 0;
        while (off < b.length) {
            int n = c.read(b, off, b.length - off);
            if (n < 0) {
                throw new EOFException();
            }
            off += n;
        }
        return b;
    }
}
