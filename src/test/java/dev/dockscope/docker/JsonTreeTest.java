package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper-free reader gives the tree {@code ObjectMapper.readTree} gives, node types included. */
class JsonTreeTest {
    static Stream<Path> engineAnswersAndOtherJson() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("engineAnswersAndOtherJson")
    void everyJsonFileOfTheTestsReadsAsTheMapperReadsIt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode expected = Json.MAPPER.readTree(bytes);
        assertSame(expected, JsonTree.parse(bytes));
        assertSame(expected, JsonTree.parse(new ByteArrayInputStream(bytes)));
        assertSame(expected, JsonTree.parse(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "null", "true", "\"text\"", "0", "-7", "2147483648", "-9223372036854775809", "12345678901234567890123",
        "1.5", "-0.0", "1e400", "3.141592653589793238462643383279", "[]", "{}", "[1, [2, [3, {\"a\": [ ]}]]]",
        "{\"a\": 1, \"a\": {\"b\": 2}}", "{\"a\": 1} trailing", "[1, 2] [3]", "{\"\\u00e9\\n\": \"\\ud83d\\ude00\"}",
        "{\"Id\": \"sha256:00\", \"Size\": 1993728, \"RepoTags\": null, \"Labels\": {}, \"Layers\": [\"x\"]}",
    })
    void valuesReadAsTheMapperReadsThem(String text) throws IOException {
        JsonNode expected = Json.MAPPER.readTree(text);
        assertSame(expected, JsonTree.parse(text));
        assertSame(expected, JsonTree.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1, 2", "{\"a\" 1}", "[1,]x", "{\"a\": tru}", "\"open", "{\"a\": 1}}"})
    void brokenJsonFailsLikeTheMapper(String text) {
        boolean mapperFails;
        try {
            Json.MAPPER.readTree(text);
            mapperFails = false;
        } catch (IOException e) {
            mapperFails = true;
        }
        if (mapperFails) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTree.parse(text));
            assertTrue(e.getLocation() != null, text);
        } else {
            assertDoesNotFail(text);
        }
    }

    @Test
    void malformedNamesAreRefusedWhateverCameBefore() throws IOException {
        byte[] good = "{\"State\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'S', 't', 'a', 't', (byte) 0xff, (byte) 0xff, 'e', '"', ':', ' ', '1', '}'};
        for (int i = 0; i < 3; i++) {
            JsonTree.parse(good);
            JsonTree.parse(new ByteArrayInputStream(good));
            assertThrows(IOException.class, () -> JsonTree.parse(bad));
            assertThrows(IOException.class, () -> JsonTree.parse(new ByteArrayInputStream(bad)));
        }
    }

    @Test
    void nestingIsBoundedByTheParserNotTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(IOException.class, () -> Json.MAPPER.readTree(deep));
        assertThrows(IOException.class, () -> JsonTree.parse(deep));
        String fine = "[".repeat(400) + "]".repeat(400);
        assertDoesNotFail(fine);
    }

    private static void assertDoesNotFail(String text) {
        try {
            assertSame(Json.MAPPER.readTree(text), JsonTree.parse(text));
        } catch (IOException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }

    private static void assertSame(JsonNode expected, JsonNode actual) {
        JsonTrees.assertSame(expected, actual);
    }
}
