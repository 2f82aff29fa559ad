package dev.dockscope.docker;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * JsonTree on any bytes, against a fresh object mapper: where the mapper reads a tree, JsonTree reads the same tree
 * (node types included), from a byte array and from a stream, and so does the plain reader whenever it does not give
 * up; where the mapper fails, JsonTree fails with an IOException. Seeds in {@code JsonFuzzTestInputs/json/}.
 */
class JsonFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) throws IOException {
        JsonNode expected;
        try {
            // a fresh mapper: a used one may read a malformed name as one it has seen (see JsonTree.jackson)
            expected = new ObjectMapper().readTree(input);
        } catch (IOException mapperFails) {
            refused(input);
            return;
        } catch (RuntimeException mapperBreaks) {
            return; // the mapper's own trouble (none known); nothing to compare
        }
        JsonNode plain = PlainJsonReader.tree(input);
        if (plain != null) {
            same(expected, plain, "plain reader");
        }
        same(expected, JsonTree.parse(input), "JsonTree, bytes");
        same(expected, JsonTree.parse(new ByteArrayInputStream(input)), "JsonTree, stream");
    }

    private static void refused(byte[] input) {
        try {
            JsonTree.parse(input);
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("the mapper refuses this input and JsonTree reads it");
    }

    private static void same(JsonNode expected, JsonNode actual, String by) {
        if (expected == null ? actual != null : !expected.equals(actual) || !JsonTrees.shape(expected).equals(JsonTrees.shape(actual))) {
            throw new AssertionError(by + " read " + actual + " where the mapper read " + expected);
        }
    }
}
