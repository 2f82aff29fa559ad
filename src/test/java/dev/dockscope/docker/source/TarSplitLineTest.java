package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The byte-level scanner of tar-split's JSON lines: any valid JSON object of the index's fields reads the same as
 * tar-split's own shape (field order, whitespace, escapes, unknown fields, lines across buffer refills), and every
 * malformed line is an error naming the file and the line.
 */
class TarSplitLineTest {
    private static final String FILE = TarSplitInputTest.FILE;

    /** Every byte {@code read} serves, with the holes passed by {@code skip} as the tar reader would. */
    private static byte[] served(byte[] json) throws Exception {
        TarSplitInput in = new TarSplitInput(new ByteArrayInputStream(json), FILE, 1_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[777];
        int n;
        while ((n = in.read(b, 0, b.length)) >= 0) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static DockscopeException refused(String json) {
        return assertThrows(DockscopeException.class, () -> served(utf8(json)));
    }

    /** Fields in reverse order, spaces and tabs everywhere, CRLF line ends, and fields tar-split does not write. */
    private static String reshaped(String line, int i) {
        Matcher m = Pattern.compile("\"(\\w+)\":(null|-?\\d+|\"(?:[^\"\\\\]++|\\\\.)*+\")").matcher(line);
        List<String> fields = new ArrayList<>();
        while (m.find()) {
            fields.add("\t\"" + m.group(1) + "\" :  " + m.group(2) + " ");
        }
        List<String> reversed = new ArrayList<>();
        for (int k = fields.size() - 1; k >= 0; k--) {
            reversed.add(fields.get(k));
        }
        reversed.add(i % 3, " \"extra\" : {\"a\": [1, -2.5e3, true, false, null, \"x\\\"}y\", {}], \"b\": []} ");
        return "  { " + String.join(",", reversed) + "}\r";
    }

    @Test
    void anyValidJsonOfTheSameFieldsReadsTheSame() throws Exception {
        byte[] tar = TarSplitInputTest.everything().tarBytes();
        List<String> lines = TarSplitFixture.lines(tar);
        List<String> other = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            other.add(reshaped(lines.get(i), i));
        }
        PathTable p1 = new PathTable();
        PathTable p2 = new PathTable();
        LayerTable a = TarSplitInputTest.viaIndex(TarSplitFixture.gzip(lines), p1);
        LayerTable b = TarSplitInputTest.viaIndex(TarSplitFixture.gzip(other), p2);
        assertEquals(a.count(), b.count());
        assertEquals(a.tarBytes(), b.tarBytes());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(p1.path(a.path(i)), p2.path(b.path(i)));
            assertEquals(a.size(i), b.size(i));
            assertEquals(a.crc(i), b.crc(i));
        }
        assertEquals(tar.length, b.tarBytes());
    }

    @Test
    void namesAreUnescapedAndDecodedAsUtf8() throws Exception {
        // Go's encoder writes <, > and & as \\u escapes and other characters as UTF-8
        byte[] crc = Base64.getEncoder().encode(TarSplitFixture.crc64Bytes(utf8("x")));
        String json = "{\"type\":1,\"name\":\"a\\u003cb\\u003e\\u0026c/caf\u00e9 \\\"q\\\" \\\\ \\/ \\t\\ud83d\\ude00\","
                + "\"size\":1,\"payload\":\"" + new String(crc, StandardCharsets.US_ASCII) + "\",\"position\":0}\n";
        TarSplitInput in = new TarSplitInput(new ByteArrayInputStream(utf8(json)), FILE, 100);
        assertEquals(1, in.skip(1));
        assertEquals("a<b>&c/caf\u00e9 \"q\" \\ / \t\ud83d\ude00", in.lastName());
        assertEquals(1, in.claims());
    }

    @Test
    void aPayloadAtTheVeryEndWithoutANewlineIsRead() throws Exception {
        for (int n = 0; n < 8; n++) {
            byte[] raw = new byte[n];
            new Random(n).nextBytes(raw);
            String json = "{\"position\":0,\"type\":2,\"payload\":\"" + Base64.getEncoder().encodeToString(raw) + "\"}";
            assertArrayEquals(raw, served(utf8(json)), n + " bytes");
        }
    }

    @Test
    void longIndexesAndLongSegmentsCrossTheReadBuffer() throws Exception {
        // lines of every length around the 256 KiB buffer, and one segment far longer than it
        Random r = new Random(42);
        StringBuilder json = new StringBuilder();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 2000; i++) {
            byte[] raw = new byte[i == 1000 ? 900_000 : r.nextInt(1500)];
            r.nextBytes(raw);
            expected.write(raw);
            json.append("{\"type\":2,\"payload\":\"").append(Base64.getEncoder().encodeToString(raw))
                    .append("\",\"position\":").append(i).append("}\n");
        }
        // fed one odd-sized chunk at a time, as a decompressor may
        byte[] all = utf8(json.toString());
        InputStream slow = new ByteArrayInputStream(all) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3001));
            }
        };
        TarSplitInput in = new TarSplitInput(slow, FILE, 1_000_000);
        assertArrayEquals(expected.toByteArray(), in.readAllBytes());
    }

    @Test
    void aManyFileLayerReadsLikeItsTar() throws Exception {
        ImageFixture.Layer layer = new ImageFixture.Layer("COPY many");
        for (int i = 0; i < 1500; i++) {
            layer.file("usr/share/d" + (i % 7) + "/file-" + i + ".txt", i % 600);
        }
        byte[] tar = layer.tarBytes();
        PathTable p1 = new PathTable();
        PathTable p2 = new PathTable();
        LayerTable a = TarSplitInputTest.viaTar(tar, p1);
        LayerTable b = TarSplitInputTest.viaIndex(TarSplitFixture.index(tar), p2);
        assertEquals(a.count(), b.count());
        assertEquals(a.entryBytes(), b.entryBytes());
        assertEquals(tar.length, b.tarBytes());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(p1.path(a.path(i)), p2.path(b.path(i)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":0|ends inside a line",
        "{\"type\":2,\"payload\":\"AAAA\"\"position\":0}|where ',' or '}' was expected",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\" 0}|where ':' was expected",
        "{\"type\":2,payload:\"AAAA\",\"position\":0}|where a field name was expected",
        "[{\"type\":2}]|not a JSON object",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":00}|leading zero",
        "{\"type\":1,\"name\":\"a\",\"size\":1.5,\"payload\":null,\"position\":0}|\"size\" is not an integer",
        "{\"type\":\"2\",\"payload\":\"AAAA\",\"position\":0}|\"type\" is not an integer",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":-}|'-' without digits",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":1234567890123456789012}|out of range",
        "{\"type\":1,\"name\":\"a\\qb\",\"payload\":null,\"position\":0}|unknown escape",
        "{\"type\":1,\"name\":\"a\\u12\",\"payload\":null,\"position\":0}|broken \\u escape",
        "{\"type\":1,\"name\":7,\"payload\":null,\"position\":0}|\"name\" is not a string",
        "{\"type\":2,\"payload\":nul,\"position\":0}|misspelt \"null\"",
        "{\"type\":2,\"payload\":[1],\"position\":0}|\"payload\" is not a base64 string",
        "{\"type\":2,\"payload\":\"AA=A\",\"position\":0}|not valid base64",
        "{\"type\":2,\"payload\":\"AAA\",\"position\":0}|not valid base64",
        "{\"type\":2,\"payload\":\"AAAA\",\"x\":[[[[1]]]],\"position\":0}|nested more than 4 deep",
        "{\"type\":3,\"payload\":\"AAAA\",\"position\":0}|unknown type 3",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":0}{|ends inside a line",
        "{\"type\":2,\"payload\":\"AAAA\",\"position\":0} x|starts with 'x'",
    })
    void malformedLinesAreRefusedNamingTheFileAndLine(String json, String why) {
        DockscopeException e = refused(json);
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().matches(".* at line [12]\\.$"), e.getMessage());
        assertEquals(2, e.exitCode().code());
    }

    @Test
    void aSecondLineIsNamedAsSuch() {
        DockscopeException e = refused("{\"type\":2,\"payload\":null,\"position\":0}\n{\"type\":2,\"position\":1,}\n");
        assertTrue(e.getMessage().endsWith("where a field name was expected) at line 2."), e.getMessage());
    }

    @Test
    void aControlCharacterOrBrokenUtf8InANameIsRefused() {
        DockscopeException ctl = refused("{\"type\":1,\"name\":\"a\tb\",\"payload\":null,\"position\":0}");
        assertTrue(ctl.getMessage().contains("control character"), ctl.getMessage());
        byte[] json = utf8("{\"type\":1,\"name\":\"a?b\",\"payload\":null,\"position\":0}");
        json[19] = (byte) 0xe9; // Latin-1 é: not UTF-8
        DockscopeException bad = assertThrows(DockscopeException.class, () -> served(json));
        assertTrue(bad.getMessage().contains("not UTF-8"), bad.getMessage());
    }

    @Test
    void aNameRawEntryHasNoNameToCompare() throws Exception {
        String crc = Base64.getEncoder().encodeToString(TarSplitFixture.crc64Bytes(utf8("x")));
        String json = "{\"type\":1,\"name_raw\":\"YcOp\",\"size\":1,\"payload\":\"" + crc + "\",\"position\":0}\n";
        TarSplitInput in = new TarSplitInput(new ByteArrayInputStream(utf8(json)), FILE, 100);
        assertEquals(1, in.skip(1));
        assertEquals(null, in.lastName());
    }

    @Test
    void anOverlongNameIsRefusedAtTheLimit() {
        String json = "{\"type\":1,\"name\":\"" + "n".repeat(TarSplitInput.MAX_SEGMENT + 1) + "\",\"position\":0}";
        DockscopeException e = refused(json);
        assertTrue(e.getMessage().contains("size limit"), e.getMessage());
    }
}
