package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The plain JSON a daemon sends, read into the tree {@link JsonTree} makes, without Jackson's parser: an object or an
 * array at the top, strict JSON inside, UTF-8. Setting up Jackson's parser costs every daemon command milliseconds
 * at start-up, and on JDK 25 its first use also computes BigDecimal's table of powers of five (5^65536, tens of
 * milliseconds before the JIT has compiled anything). Anything else (a value that is not a container at the top,
 * a byte-order mark or another encoding, malformed UTF-8, a control character in a string, a number outside JSON's
 * grammar or longer than 100 characters, nesting deeper than 200, a string longer than a million characters or a name longer than 10,000, any syntax
 * error) makes this reader give up, and the caller hands every byte to Jackson's parser, so results, limits,
 * errors and their locations stay Jackson's. JsonTreeTest compares both with {@code ObjectMapper.readTree}.
 */
final class PlainJsonReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER = 100;
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_NAME = 10_000;

    private final InputStream in;
    private byte[] buf;
    private int len;
    private int pos;
    private boolean eof;
    private final StringBuilder text = new StringBuilder();

    private PlainJsonReader(InputStream in, byte[] start, int startLength) {
        this.in = in;
        this.buf = start;
        this.len = startLength;
        this.eof = in == null;
    }

    /** The tree of {@code bytes}, or null when they are not plain JSON (Jackson then reads the same array). */
    static JsonNode tree(byte[] bytes) {
        return new PlainJsonReader(null, bytes, bytes.length).document();
    }

    /** A stream's outcome: the tree, or null and the input to hand to Jackson (every byte, those read first too). */
    record Result(JsonNode tree, InputStream replay) {
    }

    static Result read(InputStream in) throws IOException {
        PlainJsonReader r = new PlainJsonReader(in, new byte[8192], 0);
        JsonNode tree;
        try {
            tree = r.document();
        } catch (UncheckedIo e) {
            throw e.getCause();
        }
        if (tree != null) {
            return new Result(tree, null);
        }
        return new Result(null, new SequenceInputStream(new ByteArrayInputStream(r.buf, 0, r.len), in));
    }

    /** The tree, or null when this input is not plain JSON (see the class comment). */
    private JsonNode document() {
        skipSpace();
        int c = peek();
        if (c != '{' && c != '[') {
            return null;
        }
        ContainerNode<?>[] open = new ContainerNode<?>[16];
        int depth = 0;
        ContainerNode<?> root = null;
        String field = null;
        // states: after an opening bracket, after a value, after a comma
        boolean first = true;
        while (true) {
            skipSpace();
            c = next();
            ContainerNode<?> top = depth == 0 ? null : open[depth - 1];
            if (top != null && !first) {
                // after a value: a comma or the container's end
                if (c == ',') {
                    skipSpace();
                    c = next();
                } else if (c == (top.isObject() ? '}' : ']')) {
                    depth--;
                    if (depth == 0) {
                        return root;
                    }
                    continue;
                } else {
                    return null;
                }
            } else if (top != null && c == (top.isObject() ? '}' : ']')) {
                depth--; // an empty container
                first = false;
                if (depth == 0) {
                    return root;
                }
                continue;
            }
            if (top != null && top.isObject()) {
                if (c != '"') {
                    return null;
                }
                field = string();
                if (field == null || field.length() > MAX_NAME) {
                    return null;
                }
                skipSpace();
                if (next() != ':') {
                    return null;
                }
                skipSpace();
                c = next();
            }
            first = false;
            JsonNode value;
            switch (c) {
                case '{', '[' -> {
                    if (depth == MAX_DEPTH) {
                        return null;
                    }
                    ContainerNode<?> child = c == '{' ? NODES.objectNode() : NODES.arrayNode();
                    if (top == null) {
                        root = child;
                    } else {
                        JsonTree.add(top, field, child);
                    }
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = child;
                    first = true;
                    continue;
                }
                case '"' -> {
                    String s = string();
                    if (s == null) {
                        return null;
                    }
                    value = NODES.textNode(s);
                }
                case 't' -> value = literal("rue") ? NODES.booleanNode(true) : null;
                case 'f' -> value = literal("alse") ? NODES.booleanNode(false) : null;
                case 'n' -> value = literal("ull") ? NODES.nullNode() : null;
                default -> value = c == '-' || c >= '0' && c <= '9' ? number(c) : null;
            }
            if (value == null || top == null) {
                return null;
            }
            JsonTree.add(top, field, value);
        }
    }

    /** After the opening quote: the string, or null when it is not plain (a raw control character, bad UTF-8, …). */
    private String string() {
        text.setLength(0);
        int start = pos;
        boolean ascii = true;
        while (true) {
            if (pos == len && !more()) {
                return null;
            }
            int b = buf[pos] & 0xff;
            if (b == '"' || b == '\\' || b < 0x20) {
                break;
            }
            ascii &= b < 0x80;
            pos++;
            if (text.length() + pos - start > MAX_STRING) {
                return null;
            }
            if (pos == len) {
                // the buffer moves when it grows: keep what was read of this string
                if (!flush(start, ascii)) {
                    return null;
                }
                start = pos;
                ascii = true;
            }
        }
        if (!flush(start, ascii)) {
            return null;
        }
        int b = buf[pos++] & 0xff;
        if (b == '"') {
            return text.toString();
        }
        if (b != '\\') {
            return null; // a raw control character
        }
        return escapes();
    }

    /** The rest of a string after its first backslash. */
    private String escapes() {
        pos--;
        while (true) {
            int c = next();
            if (c < 0x20) {
                return null; // the end of the input, or a raw control character
            }
            if (c == '"') {
                return text.length() > MAX_STRING ? null : text.toString();
            }
            if (c != '\\') {
                if (c >= 0x80) {
                    int start = pos - 1;
                    int n = utf8Length(c);
                    if (n == 0 || !have(start + n)) {
                        return null;
                    }
                    pos = start + n;
                    if (!decode(start, pos)) {
                        return null;
                    }
                } else {
                    text.append((char) c);
                }
                continue;
            }
            int e = next();
            switch (e) {
                case '"', '\\', '/' -> text.append((char) e);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int h = Character.digit(next(), 16);
                        if (h < 0) {
                            return null;
                        }
                        v = v * 16 + h;
                    }
                    text.append((char) v);
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** Appends {@code buf[start, pos)} to the string being read; false for malformed UTF-8. */
    private boolean flush(int start, boolean ascii) {
        if (start == pos) {
            return true;
        }
        if (ascii) {
            for (int i = start; i < pos; i++) {
                text.append((char) buf[i]);
            }
            return true;
        }
        // a multi-byte character cut by the end of the buffer: read on to its end first
        int end = pos;
        int lead = end - 1;
        while (lead > start && (buf[lead] & 0xc0) == 0x80) {
            lead--;
        }
        int n = utf8Length(buf[lead] & 0xff);
        if (lead + n > end) {
            if (!have(lead + n)) {
                return false;
            }
            pos = lead + n;
            end = pos;
        }
        return decode(start, end);
    }

    /**
     * The length of the UTF-8 sequence that {@code lead} starts: 1 for ASCII, 0 for a continuation byte (no start);
     * 2-4 otherwise (the decoder refuses what is not a real sequence).
     */
    private static int utf8Length(int lead) {
        return lead < 0x80 ? 1 : lead < 0xc0 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    }

    private boolean decode(int from, int to) {
        try {
            text.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, to - from)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** After the first character of {@code true}, {@code false}, {@code null}: the rest, and a delimiter after it. */
    private boolean literal(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (next() != rest.charAt(i)) {
                return false;
            }
        }
        return delimiter(peek());
    }

    /** A number in JSON's grammar, as Jackson types it: int, long, BigInteger, or double. Null for anything else. */
    private JsonNode number(int first) {
        StringBuilder n = new StringBuilder();
        n.append((char) first);
        int c = first;
        if (c == '-') {
            c = next();
            n.append((char) c);
        }
        if (c == '0') {
            c = peek();
            if (c >= '0' && c <= '9') {
                return null; // a leading zero
            }
        } else if (c >= '1' && c <= '9') {
            c = digits(n);
        } else {
            return null;
        }
        boolean integral = true;
        c = peek();
        if (c == '.') {
            integral = false;
            n.append((char) next());
            if (!isDigit(peek())) {
                return null;
            }
            c = digits(n);
        }
        c = peek();
        if (c == 'e' || c == 'E') {
            integral = false;
            n.append((char) next());
            c = peek();
            if (c == '+' || c == '-') {
                n.append((char) next());
            }
            if (!isDigit(peek())) {
                return null;
            }
            digits(n);
        }
        if (n.length() > MAX_NUMBER || !delimiter(peek())) {
            return null;
        }
        String s = n.toString();
        if (!integral) {
            return NODES.numberNode(Double.parseDouble(s));
        }
        int length = s.length() - (s.charAt(0) == '-' ? 1 : 0);
        if (length <= 18) {
            long v = Long.parseLong(s);
            return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
        }
        BigInteger v = new BigInteger(s);
        return v.bitLength() < 64 ? NODES.numberNode(v.longValue()) : NODES.numberNode(v);
    }

    /** Appends the digits at the current position; returns the character after them (not consumed). */
    private int digits(StringBuilder n) {
        while (isDigit(peek())) {
            n.append((char) next());
            if (n.length() > MAX_NUMBER) {
                return -1;
            }
        }
        return peek();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** What may follow a number or a literal inside a container. */
    private static boolean delimiter(int c) {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void skipSpace() {
        while (true) {
            int c = peek();
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    /** The next byte (0-255) without consuming it, or -1 at the end. */
    private int peek() {
        return pos < len || more() ? buf[pos] & 0xff : -1;
    }

    private int next() {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    /** True when the bytes up to {@code end} are in the buffer (reading on as needed). */
    private boolean have(int end) {
        while (len < end) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more of the input into the buffer (which keeps every byte read); false at its end. */
    private boolean more() {
        if (eof) {
            return false;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        try {
            n = in.read(buf, len, buf.length - len);
        } catch (IOException e) {
            throw new UncheckedIo(e);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        len += n;
        return true;
    }

    /** An input stream's failure, carried out of the reader and thrown as it was. */
    private static final class UncheckedIo extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedIo(IOException e) {
            super(e);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
