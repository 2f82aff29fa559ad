package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a tar-split index ({@code tar-split.json.gz}, already un-gzipped here), one at a time: a scanner
 * written for their one shape, a flat JSON object of integers, strings and nulls
 * ({@code {"type":2,"payload":"<base64>","position":0}}, {@code {"type":1,"name":"etc/passwd","size":100,
 * "payload":"<base64 CRC-64>","position":1}}), straight from the UTF-8 bytes, the base64 decoded in the same pass into
 * a buffer reused from line to line, no String but a name. It still reads any valid JSON object (any field order,
 * whitespace, escapes, fields a newer tar-split may add), and rejects what is not JSON.
 *
 * <p>The index is untrusted input: one line at a time is held (a raw segment is at most {@link #MAX_SEGMENT} bytes of
 * base64, a line at most {@link #MAX_LINE}), lines must be numbered 0, 1, 2… as tar-split writes them, their number is
 * capped, and every problem is a {@link DockscopeException} naming the file and the line.
 */
final class TarSplitLines implements TarSplitInput.Lines {
    /** Base64 characters of one raw segment (and characters of any string): headers and PAX records are far below. */
    static final int MAX_SEGMENT = 4 << 20;
    /** Bytes of one line: a segment and the other fields. */
    static final int MAX_LINE = MAX_SEGMENT + (64 << 10);
    private static final int MAX_DEPTH = 4;

    private final InputStream in;
    private final String file;
    private final long maxLines;
    private byte[] buf = new byte[256 << 10];
    private int bpos;          // the next unparsed byte of buf
    private int blim;          // the end of the bytes read into buf
    private boolean inEnd;     // the un-gzipped stream has ended
    private boolean eof;
    private long line = -1;    // the line last read (0-based, tar-split's "position")
    private byte[] scratch = new byte[4096];

    // the fields of the line last read
    private int type;
    private long position;
    private long size;
    private String name;
    private boolean rawName;
    private int payloadLength;  // -1: null or absent
    private long fileSum;
    private int end;            // where the value just scanned ends

    /**
     * @param json the un-gzipped index
     * @param file names it in messages (the path of {@code tar-split.json.gz})
     * @param maxEntries tar entries allowed in a layer; the index may have about two lines per entry
     */
    TarSplitLines(InputStream json, String file, long maxEntries) {
        this.in = json;
        this.file = file;
        this.maxLines = maxEntries > Long.MAX_VALUE / 3 ? Long.MAX_VALUE : 3 * maxEntries + 16;
    }

    @Override
    public String file() {
        return file;
    }

    /** The line last read, 0-based. */
    @Override
    public long line() {
        return line;
    }

    /** 1: a file entry, 2: a raw segment. */
    @Override
    public int kind() {
        return type;
    }

    /** A segment's bytes, valid until the next line is read. */
    @Override
    public byte[] segment() {
        return scratch;
    }

    @Override
    public int segmentOffset() {
        return 0;
    }

    @Override
    public int segmentLength() {
        return payloadLength;
    }

    @Override
    public long fileSize() {
        return size;
    }

    /** The CRC-64 of a file entry's content (0 for an empty one). */
    @Override
    public long fileSum() {
        return fileSum;
    }

    /** A file entry's name; null when the index stores it as raw bytes. */
    @Override
    public String fileName() {
        return name;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Thrown inside a line's scan when the buffer ends before the line does: read more, scan the line again. */
    private static final class More extends RuntimeException {
        More() {
            super(null, null, false, false);
        }
    }

    private static final More MORE = new More();

    /**
     * Reads and checks the next line; false at the end of the index. After it, {@link #kind()} tells a raw segment
     * (2: {@link #segment()}, {@link #segmentLength()}) from a file entry (1: {@link #fileSize()},
     * {@link #fileSum()}, {@link #fileName()}).
     */
    @Override
    public boolean next() {
        if (eof) {
            return false;
        }
        try {
            // whitespace between lines (tar-split ends each with '\n')
            while (true) {
                while (bpos < blim && isSpace(buf[bpos])) {
                    bpos++;
                }
                if (bpos < blim) {
                    break;
                }
                if (!refill()) {
                    eof = true;
                    return false;
                }
            }
            line++;
            if (line >= maxLines) {
                throw corrupt("more than " + maxLines + " lines; refusing to read further");
            }
            while (true) {
                try {
                    bpos = scanLine(bpos);
                    break;
                } catch (More more) {
                    if (!refill()) {
                        throw corrupt("invalid JSON (the index ends inside a line)");
                    }
                }
            }
            if (position != line) {
                throw corrupt("position " + position + " where " + line + " was expected (lines out of order or missing)");
            }
            if (size < 0) {
                throw corrupt("a negative size");
            }
            switch (type) {
                case 1 -> {
                    if (size > 0 && payloadLength != 8) {
                        throw corrupt("a file entry without its 8-byte CRC-64");
                    }
                    long sum = 0;
                    if (payloadLength == 8) {
                        for (int k = 0; k < 8; k++) {
                            sum = (sum << 8) | (scratch[k] & 0xff);
                        }
                    }
                    fileSum = sum;
                    if (rawName) {
                        name = null;
                    }
                }
                case 2 -> {
                    if (payloadLength < 0) {
                        payloadLength = 0;
                    }
                }
                default -> throw corrupt("an entry of unknown type " + type);
            }
            return true;
        } catch (DockscopeException e) {
            throw e;
        } catch (IOException e) {
            // the gzip layer: truncated or damaged
            throw corrupt("unreadable gzip data (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads more of the stream behind what is buffered, keeping the line being scanned (from {@link #bpos}); grows the
     * buffer up to {@link #MAX_LINE} for a long line. False when the stream has ended and nothing more came.
     */
    private boolean refill() throws IOException {
        if (inEnd) {
            return false;
        }
        if (bpos > 0) {
            System.arraycopy(buf, bpos, buf, 0, blim - bpos);
            blim -= bpos;
            bpos = 0;
        }
        if (blim == buf.length) {
            if (buf.length >= MAX_LINE) {
                throw corrupt("a line over the size limit (" + MAX_LINE + " bytes)");
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_LINE, 2 * buf.length));
        }
        int before = blim;
        while (blim < buf.length) {
            int n = in.read(buf, blim, buf.length - blim);
            if (n < 0) {
                inEnd = true;
                break;
            }
            blim += n;
        }
        return blim > before;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private byte at(int i) {
        if (i >= blim) {
            throw MORE;
        }
        return buf[i];
    }

    private int skipSpace(int i) {
        while (isSpace(at(i))) {
            i++;
        }
        return i;
    }

    private static final int F_OTHER = 0;
    private static final int F_TYPE = 1;
    private static final int F_POSITION = 2;
    private static final int F_SIZE = 3;
    private static final int F_NAME = 4;
    private static final int F_NAME_RAW = 5;
    private static final int F_PAYLOAD = 6;

    /** Scans one JSON object from {@code p}; returns the index after it. Throws {@link #MORE} when it is cut off. */
    private int scanLine(int p) {
        type = -1;
        position = -1;
        size = 0;
        name = null;
        rawName = false;
        payloadLength = -1;
        if (at(p) != '{') {
            throw corrupt("invalid JSON (a line that is not a JSON object: it starts with "
                    + describe(buf[p]) + ")");
        }
        p = skipSpace(p + 1);
        if (at(p) == '}') {
            return p + 1;
        }
        while (true) {
            if (at(p) != '"') {
                throw corrupt("invalid JSON (" + describe(buf[p]) + " where a field name was expected)");
            }
            int field = fieldName(p);
            p = skipSpace(end);
            if (at(p) != ':') {
                throw corrupt("invalid JSON (" + describe(buf[p]) + " where ':' was expected)");
            }
            p = skipSpace(p + 1);
            byte c = at(p);
            switch (field) {
                case F_TYPE -> {
                    long v = integer(p, "type");
                    type = v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? -1 : (int) v;
                }
                case F_POSITION -> position = integer(p, "position");
                case F_SIZE -> size = integer(p, "size");
                case F_NAME -> {
                    if (c == 'n') {
                        literal(p);
                        name = null;
                    } else if (c == '"') {
                        name = string(p);
                    } else {
                        throw corrupt("\"name\" is not a string");
                    }
                }
                case F_NAME_RAW -> {
                    rawName = c != 'n';
                    skipValue(p, 1);
                }
                case F_PAYLOAD -> {
                    if (c == 'n') {
                        literal(p);
                        payloadLength = -1;
                    } else if (c == '"') {
                        payloadLength = base64(p);
                    } else {
                        throw corrupt("\"payload\" is not a base64 string");
                    }
                }
                default -> skipValue(p, 1); // fields a newer tar-split may add
            }
            p = skipSpace(end);
            c = at(p);
            if (c == '}') {
                return p + 1;
            }
            if (c != ',') {
                throw corrupt("invalid JSON (" + describe(c) + " where ',' or '}' was expected)");
            }
            p = skipSpace(p + 1);
        }
    }

    /** The field name starting at the quote {@code p}, as one of the F_ constants; sets {@link #end}. */
    private int fieldName(int p) {
        int s = p + 1;
        int i = s;
        while (true) {
            byte c = at(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' || c < 0x20) {
                // an escaped (or broken) field name: never written by tar-split, but valid JSON
                String key = string(p);
                return switch (key) {
                    case "type" -> F_TYPE;
                    case "position" -> F_POSITION;
                    case "size" -> F_SIZE;
                    case "name" -> F_NAME;
                    case "name_raw" -> F_NAME_RAW;
                    case "payload" -> F_PAYLOAD;
                    default -> F_OTHER;
                };
            }
            i++;
            if (i - s > MAX_SEGMENT) {
                throw overlong();
            }
        }
        end = i + 1;
        int len = i - s;
        return switch (len) {
            case 4 -> is(s, "type") ? F_TYPE : is(s, "name") ? F_NAME : is(s, "size") ? F_SIZE : F_OTHER;
            case 7 -> is(s, "payload") ? F_PAYLOAD : F_OTHER;
            case 8 -> is(s, "position") ? F_POSITION : is(s, "name_raw") ? F_NAME_RAW : F_OTHER;
            default -> F_OTHER;
        };
    }

    private boolean is(int s, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (buf[s + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A JSON integer at {@code p} (no fraction, no exponent, no leading zero); sets {@link #end}. */
    private long integer(int p, String what) {
        int i = p;
        boolean negative = at(i) == '-';
        if (negative) {
            i++;
        }
        byte c = at(i);
        if (c < '0' || c > '9') {
            if (negative) {
                throw corrupt("invalid JSON (a '-' without digits)");
            }
            throw corrupt("\"" + what + "\" is not an integer");
        }
        long v = 0;
        int start = i;
        while (c >= '0' && c <= '9') {
            if (i - start >= 18) {
                throw corrupt("\"" + what + "\" is out of range");
            }
            v = v * 10 + (c - '0');
            c = at(++i);
        }
        if (c == '.' || c == 'e' || c == 'E') {
            throw corrupt("\"" + what + "\" is not an integer");
        }
        if (buf[start] == '0' && i - start > 1) {
            throw corrupt("invalid JSON (a number with a leading zero)");
        }
        end = i;
        return negative ? -v : v;
    }

    /** {@code null}, {@code true} or {@code false} at {@code p}; sets {@link #end}. */
    private void literal(int p) {
        String word = switch (at(p)) {
            case 'n' -> "null";
            case 't' -> "true";
            case 'f' -> "false";
            default -> throw corrupt("invalid JSON (" + describe(buf[p]) + " where a value was expected)");
        };
        for (int k = 0; k < word.length(); k++) {
            if (at(p + k) != word.charAt(k)) {
                throw corrupt("invalid JSON (a misspelt \"" + word + "\")");
            }
        }
        end = p + word.length();
    }

    /** Passes over any JSON value at {@code p}, nested at most {@link #MAX_DEPTH} deep; sets {@link #end}. */
    private void skipValue(int p, int depth) {
        byte c = at(p);
        if (c == '"') {
            skipString(p);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            int i = p + 1;
            while (true) {
                byte d = at(i);
                if (!(d >= '0' && d <= '9' || d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-')) {
                    break;
                }
                i++;
                if (i - p > 64) {
                    throw corrupt("invalid JSON (a number of more than 64 characters)");
                }
            }
            end = i;
        } else if (c == '{' || c == '[') {
            if (depth + 1 > MAX_DEPTH) {
                throw corrupt("invalid JSON (nested more than " + MAX_DEPTH + " deep)");
            }
            byte close = c == '{' ? (byte) '}' : (byte) ']';
            int i = skipSpace(p + 1);
            if (at(i) == close) {
                end = i + 1;
                return;
            }
            while (true) {
                if (c == '{') {
                    if (at(i) != '"') {
                        throw corrupt("invalid JSON (" + describe(buf[i]) + " where a field name was expected)");
                    }
                    skipString(i);
                    i = skipSpace(end);
                    if (at(i) != ':') {
                        throw corrupt("invalid JSON (" + describe(buf[i]) + " where ':' was expected)");
                    }
                    i = skipSpace(i + 1);
                }
                skipValue(i, depth + 1);
                i = skipSpace(end);
                byte d = at(i);
                if (d == close) {
                    end = i + 1;
                    return;
                }
                if (d != ',') {
                    throw corrupt("invalid JSON (" + describe(d) + " in a nested value)");
                }
                i = skipSpace(i + 1);
            }
        } else {
            literal(p);
        }
    }

    private void skipString(int p) {
        int s = p + 1;
        int i = s;
        while (true) {
            byte c = at(i);
            if (c == '"') {
                break;
            }
            if (c < 0x20 && c >= 0) {
                throw corrupt("invalid JSON (a control character inside a string)");
            }
            i += c == '\\' ? 2 : 1;
            if (i - s > MAX_SEGMENT) {
                throw overlong();
            }
        }
        end = i + 1;
    }

    /** The JSON string at the quote {@code p}, escapes resolved, UTF-8 checked; sets {@link #end}. */
    private String string(int p) {
        int s = p + 1;
        int i = s;
        boolean plain = true;
        while (true) {
            byte c = at(i);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                if (c >= 0) {
                    throw corrupt("invalid JSON (a control character inside a string)");
                }
                plain = false;
                i++;
            } else if (c == '\\') {
                plain = false;
                at(i + 1);
                i += 2;
            } else {
                i++;
            }
            if (i - s > MAX_SEGMENT) {
                throw overlong();
            }
        }
        end = i + 1;
        if (plain) {
            return new String(buf, s, i - s, StandardCharsets.ISO_8859_1); // ASCII: the usual name
        }
        return unescape(s, i);
    }

    private String unescape(int s, int e) {
        StringBuilder out = new StringBuilder(e - s);
        int run = s; // start of the bytes not yet decoded
        int i = s;
        while (i < e) {
            if (buf[i] != '\\') {
                i++;
                continue;
            }
            utf8(run, i, out);
            byte c = buf[i + 1];
            switch (c) {
                case '"', '\\', '/' -> out.append((char) c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 6 > e) {
                        throw corrupt("invalid JSON (a broken \\u escape)");
                    }
                    int v = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int h = Character.digit(buf[k], 16);
                        if (h < 0) {
                            throw corrupt("invalid JSON (a broken \\u escape)");
                        }
                        v = v << 4 | h;
                    }
                    out.append((char) v);
                    i += 4;
                }
                default -> throw corrupt("invalid JSON (an unknown escape \\" + (char) (c & 0xff) + ")");
            }
            i += 2;
            run = i;
        }
        utf8(run, e, out);
        return out.toString();
    }

    private void utf8(int s, int e, StringBuilder out) {
        if (s == e) {
            return;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, s, e - s)));
        } catch (CharacterCodingException x) {
            throw corrupt("invalid JSON (a string that is not UTF-8)");
        }
    }

    private static final byte[] SEXTET = new byte[256];

    static {
        Arrays.fill(SEXTET, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            SEXTET[alphabet.charAt(i)] = (byte) i;
        }
    }

    /**
     * Decodes the base64 string at the quote {@code p} straight from the bytes into {@link #scratch} (grown only when a
     * longer segment comes); returns the decoded length and sets {@link #end}.
     */
    private int base64(int p) {
        int s = p + 1;
        int i = s;
        // room for everything buffered, so the loop below checks nothing but its input (at most MAX_SEGMENT chars)
        int room = Math.min(blim - s, MAX_SEGMENT) / 4 * 3 + 3;
        if (scratch.length < room) {
            scratch = new byte[Math.max(room, Math.min(2 * scratch.length, MAX_SEGMENT / 4 * 3 + 3))];
        }
        byte[] out = scratch;
        int o = 0;
        byte[] b = buf;
        int stop = Math.min(blim, s + MAX_SEGMENT) - 4;
        while (true) {
            if (i > stop) {
                if (i < blim && b[i] == '"') {
                    end = i + 1;
                    return o;
                }
                if (i < blim && i - s >= MAX_SEGMENT) {
                    throw overlong();
                }
                throw MORE;
            }
            if (b[i] == 'A' && b[i + 1] == 'A' && b[i + 2] == 'A' && b[i + 3] == 'A') {
                // zeros: most of a tar header, all of the padding
                out[o] = 0;
                out[o + 1] = 0;
                out[o + 2] = 0;
                o += 3;
                i += 4;
                continue;
            }
            int w = SEXTET[b[i] & 0xff];
            int x = SEXTET[b[i + 1] & 0xff];
            int y = SEXTET[b[i + 2] & 0xff];
            int z = SEXTET[b[i + 3] & 0xff];
            if ((w | x | y | z) >= 0) {
                int bits = w << 18 | x << 12 | y << 6 | z;
                out[o] = (byte) (bits >> 16);
                out[o + 1] = (byte) (bits >> 8);
                out[o + 2] = (byte) bits;
                o += 3;
                i += 4;
                continue;
            }
            if (b[i] == '"') {
                end = i + 1;
                return o;
            }
            // the last group: "xx==" or "xxx=", then the closing quote
            int tail;
            if (w >= 0 && x >= 0 && b[i + 2] == '=' && b[i + 3] == '=') {
                tail = 1;
            } else if (w >= 0 && x >= 0 && y >= 0 && b[i + 3] == '=') {
                tail = 2;
            } else {
                throw corrupt("\"payload\" is not valid base64");
            }
            if (at(i + 4) != '"') {
                throw corrupt("\"payload\" is not valid base64");
            }
            if (o + 3 > out.length) {
                out = scratch = Arrays.copyOf(out, out.length + 3);
            }
            int bits = w << 18 | x << 12 | Math.max(y, 0) << 6;
            out[o++] = (byte) (bits >> 16);
            if (tail == 2) {
                out[o++] = (byte) (bits >> 8);
            }
            end = i + 5;
            return o;
        }
    }

    private DockscopeException overlong() {
        return corrupt("a line over the size limit (a string of more than " + MAX_SEGMENT + " characters)");
    }

    private static String describe(byte c) {
        return c >= 0x21 && c < 0x7f ? "'" + (char) c + "'" : String.format("byte 0x%02x", c & 0xff);
    }

    DockscopeException corrupt(String what) {
        return corrupt(file, line, what);
    }

    static DockscopeException corrupt(String file, long line, String what) {
        return new DockscopeException(ExitCode.USAGE, file + ": " + what + " at line " + (line + 1) + ".",
                "The daemon's layer index is damaged; --source export reads the image through the daemon instead.");
    }
}
