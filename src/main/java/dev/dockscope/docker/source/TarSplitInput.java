package dev.dockscope.docker.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.IOException;
import java.io.InputStream;

/**
 * A layer tar rebuilt from the daemon's tar-split index ({@code tar-split.json.gz}, already un-gzipped here) without
 * its file contents: the raw header segments (type 2 lines) are served as bytes, and each file's content (type 1
 * lines: name, size, CRC-64 of the content) is a hole that only {@link #skip} can pass, in O(1). {@link TarStream}
 * parses the headers exactly as it parses an exported layer; when it skips a file's content, the hole's CRC-64 becomes
 * that file's identity ({@link #lastSum()}).
 *
 * <p>The index is untrusted input: one line at a time is held (a raw segment is at most {@link #MAX_SEGMENT} bytes of
 * base64), lines must be numbered 0, 1, 2… as tar-split writes them, their number is capped, and every problem is a
 * {@link DockscopeException} naming the file and the line.
 */
final class TarSplitInput extends InputStream {
    /** Base64 characters of one raw segment: headers, PAX records and padding are far below this. */
    static final int MAX_SEGMENT = 4 << 20;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_SEGMENT)
                    .maxNestingDepth(4).maxNumberLength(24).build())
            .build();
    private static final byte[] NONE = new byte[0];

    private final JsonParser json;
    private final String file;
    private final long maxLines;
    private long line = -1;   // the line being served (0-based, tar-split's "position")
    private byte[] segment = NONE;
    private int segmentLength; // bytes of segment in use (the buffer is reused)
    private int segmentPos;
    private byte[] scratch = new byte[4096];
    private int decodedLength; // bytes binaryValue put in scratch
    private boolean atFile;   // a type 1 line is next to pass: a file whose content would be here
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
    TarSplitInput(InputStream json, String file, long maxEntries) throws IOException {
        this.json = JSON.createParser(json);
        this.file = file;
        this.maxLines = maxEntries > Long.MAX_VALUE / 3 ? Long.MAX_VALUE : 3 * maxEntries + 16;
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
        return file;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
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
        json.close();
    }

    /** Reads the next line; false at the end of the index. */
    private boolean advance() throws IOException {
        if (eof) {
            return false;
        }
        try {
            JsonToken t = json.nextToken();
            if (t == null) {
                eof = true;
                return false;
            }
            line++;
            if (line >= maxLines) {
                throw corrupt("more than " + maxLines + " lines; refusing to read further");
            }
            if (t != JsonToken.START_OBJECT) {
                throw corrupt("a line that is not a JSON object");
            }
            int type = -1;
            long position = -1;
            String name = null;
            boolean rawName = false;
            long size = 0;
            byte[] payload = null;
            while ((t = json.nextToken()) != JsonToken.END_OBJECT) {
                if (t != JsonToken.FIELD_NAME) {
                    throw corrupt("malformed JSON");
                }
                String field = json.currentName();
                JsonToken v = json.nextToken();
                switch (field) {
                    case "type" -> type = intValue(v, "type");
                    case "position" -> position = longValue(v, "position");
                    case "size" -> size = longValue(v, "size");
                    case "name" -> name = v == JsonToken.VALUE_NULL ? null : stringValue(v, "name");
                    case "name_raw" -> rawName = v != JsonToken.VALUE_NULL;
                    case "payload" -> payload = v == JsonToken.VALUE_NULL ? null : binaryValue(v);
                    default -> json.skipChildren(); // fields a newer tar-split may add
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
                    if (size > 0 && (payload == null || decodedLength != 8)) {
                        throw corrupt("a file entry without its 8-byte CRC-64");
                    }
                    long sum = 0;
                    if (payload != null && decodedLength == 8) {
                        for (int k = 0; k < 8; k++) {
                            sum = (sum << 8) | (payload[k] & 0xff);
                        }
                    }
                    atFile = true;
                    fileName = rawName ? null : name;
                    fileSize = size;
                    fileSum = sum;
                    segment = NONE;
                    segmentLength = 0;
                    segmentPos = 0;
                }
                case 2 -> {
                    segment = payload == null ? NONE : payload;
                    segmentLength = payload == null ? 0 : decodedLength;
                    segmentPos = 0;
                }
                default -> throw corrupt("an entry of unknown type " + type);
            }
            return true;
        } catch (DockscopeException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw corrupt("a line over the size limit (" + e.getOriginalMessage() + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw corrupt("invalid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            // the gzip layer: truncated or damaged
            throw corrupt("unreadable gzip data (" + e.getMessage() + ")");
        }
    }

    private int intValue(JsonToken v, String what) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw corrupt("\"" + what + "\" is not an integer");
        }
        return json.getIntValue();
    }

    private long longValue(JsonToken v, String what) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw corrupt("\"" + what + "\" is not an integer");
        }
        return json.getLongValue();
    }

    private String stringValue(JsonToken v, String what) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            throw corrupt("\"" + what + "\" is not a string");
        }
        return json.getText();
    }

    /**
     * Decodes a base64 string straight from the parser's characters into a buffer reused from line to line (a fresh
     * array only when a longer segment comes). Jackson's own base64 reader would not hold the string to the length
     * limit; going through a String would copy every header twice more.
     */
    private byte[] binaryValue(JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            throw corrupt("\"payload\" is not a base64 string");
        }
        char[] c = json.getTextCharacters();
        int off = json.getTextOffset();
        int len = json.getTextLength();
        if (len % 4 != 0) {
            throw corrupt("\"payload\" is not valid base64");
        }
        int pad = len == 0 ? 0 : c[off + len - 1] == '=' ? c[off + len - 2] == '=' ? 2 : 1 : 0;
        int n = len / 4 * 3 - pad;
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, Math.min(2 * scratch.length, MAX_SEGMENT))];
        }
        byte[] out = scratch;
        int o = 0;
        int end = off + len;
        for (int i = off; i < end; i += 4) {
            int a = sextet(c[i]);
            int b = sextet(c[i + 1]);
            boolean last = i + 4 == end;
            int x = last && pad == 2 ? 0 : sextet(c[i + 2]);
            int y = last && pad >= 1 ? 0 : sextet(c[i + 3]);
            if ((a | b | x | y) < 0) {
                throw corrupt("\"payload\" is not valid base64");
            }
            int bits = a << 18 | b << 12 | x << 6 | y;
            out[o++] = (byte) (bits >> 16);
            if (o < n) {
                out[o++] = (byte) (bits >> 8);
            }
            if (o < n) {
                out[o++] = (byte) bits;
            }
        }
        decodedLength = n;
        return out;
    }

    private static final int[] SEXTET = new int[128];

    static {
        java.util.Arrays.fill(SEXTET, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            SEXTET[alphabet.charAt(i)] = i;
        }
    }

    private static int sextet(char ch) {
        return ch < 128 ? SEXTET[ch] : -1;
    }

    DockscopeException corrupt(String what) {
        return new DockscopeException(ExitCode.USAGE, file + ": " + what + " at line " + (line + 1) + ".",
                "The daemon's layer index is damaged; --source export reads the image through the daemon instead.");
    }

    private static String printable(String s) {
        String t = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return dev.dockscope.model.text.Sanitizer.line(t);
    }
}
