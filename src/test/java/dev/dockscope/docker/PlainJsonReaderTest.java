package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockscope.render.json.Json;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader for plain JSON: it reads what daemons send (so the start-up saving is real), it reads it as the mapper
 * does, and it gives up on the rest, which Jackson's parser then reads from the first byte (JsonTreeTest covers
 * that whole path too).
 */
class PlainJsonReaderTest {
    static Stream<Path> engineAnswers() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/engine"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("engineAnswers")
    void readsTheEngineAnswersItself(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode plain = PlainJsonReader.tree(bytes);
        assertNotNull(plain, file + " should be read without Jackson's parser");
        assertTrees(Json.MAPPER.readTree(bytes), plain);
        assertTrees(plain, PlainJsonReader.read(new Trickle(bytes, 1)).tree());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "\"text\"", "", "  ", "\uFEFF{}", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": .5}",
        "{\"a\": +1}", "{\"a\": NaN}", "[1,]", "{\"a\":1,}", "{'a': 1}", "{\"a\": \"\u0001\"}", "{\"a\": \"\\x\"}",
        "{\"a\": truex}", "[1 2]", "{\"a\" 1}", "[\"open", "{\"a\": 1} ", "[1e]", "[-]", "[1e+]", "// c\n[]"})
    void givesUpOnTheRest(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        PlainJsonReader.Result r = PlainJsonReader.read(new ByteArrayInputStream(bytes));
        if (text.equals("{\"a\": 1} ")) {
            assertNotNull(PlainJsonReader.tree(bytes), "a container followed by anything is read: text after the first "
                    + "value is ignored");
            assertNotNull(r.tree());
            return;
        }
        assertNull(PlainJsonReader.tree(bytes), text);
        assertNull(r.tree(), text);
        assertEquals(text, new String(r.replay().readAllBytes(), StandardCharsets.UTF_8), "every byte for Jackson");
    }

    @Test
    void handsJacksonEveryByteOfAStreamItGaveUpOn() throws IOException {
        String text = "[" + "\"abcdefgh\",".repeat(3000) + "01]";
        PlainJsonReader.Result r = PlainJsonReader.read(new Trickle(text.getBytes(StandardCharsets.UTF_8), 7));
        assertNull(r.tree());
        assertEquals(text, new String(r.replay().readAllBytes(), StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> JsonTree.parse(new Trickle(text.getBytes(StandardCharsets.UTF_8), 7)));
    }

    @Test
    void badUtf8GoesToJackson() {
        byte[] bytes = {'[', '"', (byte) 0xc3, (byte) 0x28, '"', ']'};
        assertNull(PlainJsonReader.tree(bytes));
        byte[] overlong = {'[', '"', (byte) 0xc0, (byte) 0xaf, '"', ']'};
        assertNull(PlainJsonReader.tree(overlong));
    }

    /** Random documents of every kind of value, laid out with random spaces, read in random pieces: as the mapper. */
    @Test
    void randomDocumentsReadAsTheMapperReadsThem() throws IOException {
        SplittableRandom random = new SplittableRandom(8259);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            container(random, b, 0);
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            JsonNode expected = Json.MAPPER.readTree(bytes);
            JsonNode plain = PlainJsonReader.tree(bytes);
            assertNotNull(plain, b.toString());
            assertTrees(expected, plain);
            assertTrees(expected, PlainJsonReader.read(new Trickle(bytes, 1 + random.nextInt(9))).tree());
        }
    }

    /** Broken documents: whatever the reader accepts, the mapper reads the same; whatever the mapper refuses, so does JsonTree. */
    @Test
    void mutatedDocumentsNeverReadDifferently() throws IOException {
        SplittableRandom random = new SplittableRandom(4627);
        int refused = 0;
        int plainRead = 0;
        int jacksonRead = 0;
        byte[] pool = "{}[]\",:\\ 0123456789.eE+-tfnulrsa\u00e9\ud83d\ude00\u0001\t\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4000; i++) {
            StringBuilder b = new StringBuilder();
            container(random, b, 0);
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && bytes.length > 1; e++) {
                int at = random.nextInt(bytes.length);
                switch (random.nextInt(3)) {
                    case 0 -> bytes[at] = pool[random.nextInt(pool.length)];
                    case 1 -> bytes = java.util.Arrays.copyOf(bytes, at); // cut short
                    default -> bytes[at] = (byte) random.nextInt(256);
                }
            }
            JsonNode expected;
            try {
                expected = new ObjectMapper().readTree(bytes); // fresh: see JsonTree.jackson
            } catch (IOException mapperFails) {
                byte[] broken = bytes;
                assertThrows(IOException.class, () -> JsonTree.parse(broken), () -> show(broken));
                assertThrows(IOException.class, () -> JsonTree.parse(new ByteArrayInputStream(broken)));
                refused++;
                continue;
            }
            JsonNode plain = PlainJsonReader.tree(bytes);
            if (plain != null) {
                assertTrees(expected, plain);
                plainRead++;
            } else {
                jacksonRead++;
            }
            assertTrees(expected, JsonTree.parse(bytes));
        }
        // each way through was taken many times (a test that never reached one would prove nothing of it)
        assertTrue(refused > 1000 && plainRead > 100 && jacksonRead > 100,
                "refused " + refused + ", read plain " + plainRead + ", read by Jackson " + jacksonRead);
    }

    private static void container(SplittableRandom r, StringBuilder b, int depth) {
        boolean object = r.nextBoolean();
        b.append(object ? '{' : '[').append(space(r));
        int n = depth > 4 ? 0 : r.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(space(r)).append(',').append(space(r));
            }
            if (object) {
                b.append('"').append(r.nextInt(4) == 0 ? "Id" : string(r)).append('"').append(space(r)).append(':')
                        .append(space(r));
            }
            value(r, b, depth + 1);
        }
        b.append(space(r)).append(object ? '}' : ']');
    }

    private static void value(SplittableRandom r, StringBuilder b, int depth) {
        switch (r.nextInt(9)) {
            case 0, 1 -> container(r, b, depth);
            case 2 -> b.append('"').append(string(r)).append('"');
            case 3 -> b.append(r.nextInt());
            case 4 -> b.append(r.nextLong());
            case 5 -> b.append(r.nextBoolean() ? "-" : "").append(Long.toUnsignedString(r.nextLong()))
                    .append(r.nextInt(10));
            case 6 -> b.append(r.nextBoolean() ? Double.toString(r.nextDouble() * 1e6) : r.nextInt(100) + "e"
                    + (r.nextBoolean() ? "-" : "+") + r.nextInt(40));
            case 7 -> b.append(new String[] {"true", "false", "null", "0", "-0", "-0.0", "1E2"}[r.nextInt(7)]);
            default -> b.append("\"").append("x".repeat(r.nextInt(20_000))).append("\"");
        }
    }

    private static String string(SplittableRandom r) {
        String[] parts = {"a", "Z", " ", "é", "日本", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00",
            "\\ud800", "sha256:", "/bin/sh -c", "\\b\\f\\r"};
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(parts[r.nextInt(parts.length)]);
        }
        return s.toString();
    }

    private static String space(SplittableRandom r) {
        return new String[] {"", "", "", " ", "\n  ", "\t", "\r\n"}[r.nextInt(7)];
    }

    private static String show(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void assertTrees(JsonNode expected, JsonNode actual) {
        JsonTrees.assertSame(expected, actual);
    }

    /** An input stream that hands out at most {@code chunk} bytes a read, as a socket may. */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            super(new ByteArrayInputStream(bytes));
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
