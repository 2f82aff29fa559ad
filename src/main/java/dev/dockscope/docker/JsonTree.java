package dev.dockscope.docker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * JSON text to a Jackson tree without the object mapper. The tree is what {@code ObjectMapper.readTree} gives
 * (same nodes, same number types, last duplicate key wins, the parser's limits and errors, a
 * {@link MissingNode} for no content, text after the first value ignored), but setting up a mapper costs every
 * daemon command hundreds of classes before its first byte is read. Plain JSON (what daemons send) is read by
 * {@link PlainJsonReader}; anything else, by Jackson's streaming parser, which then sees every byte. JsonTreeTest
 * compares both with the mapper.
 */
public final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /**
     * A parser from a factory of its own. Jackson's table of field names, which a factory shares among its parsers,
     * matches a name by its bytes padded with 0xFF: once {@code "State"} has been read, the malformed
     * {@code "Stat\xff\xffe"} reads as {@code "State"}, where a fresh table refuses it (and a factory without the
     * table reads it with U+FFFD). A factory per document makes the answer the same whatever came before (found by
     * JsonFuzzTest; JsonTreeTest.malformedNamesAreRefusedWhateverCameBefore). Only input the plain reader gave up on
     * comes here, so the cost of a factory is rare.
     */
    private static JsonFactory jackson() {
        return new JsonFactory();
    }

    public static JsonNode parse(InputStream in) throws IOException {
        PlainJsonReader.Result plain;
        try {
            plain = PlainJsonReader.read(in);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        if (plain.tree() != null) {
            in.close(); // as Jackson's parser closes its source
            return plain.tree();
        }
        try (JsonParser p = jackson().createParser(plain.replay())) {
            return tree(p);
        }
    }

    public static JsonNode parse(byte[] bytes) throws IOException {
        JsonNode plain = PlainJsonReader.tree(bytes);
        if (plain != null) {
            return plain;
        }
        try (JsonParser p = jackson().createParser(bytes)) {
            return tree(p);
        }
    }

    public static JsonNode parse(String text) throws IOException {
        byte[] utf8 = utf8(text);
        JsonNode plain = utf8 == null ? null : PlainJsonReader.tree(utf8);
        if (plain != null) {
            return plain;
        }
        try (JsonParser p = jackson().createParser(text)) {
            return tree(p);
        }
    }

    /** The text as UTF-8, or null when it holds a lone surrogate (which UTF-8 cannot carry). */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    public static JsonNode parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /** One value, built without recursion (the parser bounds the nesting). */
    private static JsonNode tree(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return MissingNode.getInstance();
        }
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t);
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        open.push(root);
        String field = null;
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                break; // the parser reports the unexpected end itself on the next read; be safe anyway
            }
            ContainerNode<?> top = open.peek();
            switch (t) {
                case FIELD_NAME -> {
                    field = p.currentName();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    continue;
                }
                default -> {
                    // a value: below
                }
            }
            JsonNode value;
            if (t == JsonToken.START_OBJECT) {
                ObjectNode o = NODES.objectNode();
                add(top, field, o);
                open.push(o);
                continue;
            }
            if (t == JsonToken.START_ARRAY) {
                ArrayNode a = NODES.arrayNode();
                add(top, field, a);
                open.push(a);
                continue;
            }
            value = scalar(p, t);
            add(top, field, value);
        }
        if (!open.isEmpty()) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "Unexpected end-of-input");
        }
        return root;
    }

    /** Adds to an object (the last of duplicate keys wins, in the first one's place) or an array; PlainJsonReader too. */
    static void add(ContainerNode<?> container, String field, JsonNode value) {
        if (container instanceof ObjectNode o) {
            o.replace(field, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? NODES.numberNode(p.getDecimalValue()) : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(p.getEmbeddedObject());
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        };
    }
}
