package dev.dockscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTest {
    @TempDir
    Path dir;

    private Object read(String yaml) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, yaml);
        return Yaml.read(f, "config ", null);
    }

    @Test
    void aFileBecomesPlainJavaInTheFilesKeyOrder() throws Exception {
        Object tree = read("zeta: 1\nalpha: [a, b]\nmid: {x: true}\nnothing:\n");
        Map<?, ?> root = assertInstanceOf(Map.class, tree);
        assertEquals(List.of("zeta", "alpha", "mid", "nothing"), List.copyOf(root.keySet()));
        assertEquals(List.of("a", "b"), root.get("alpha"));
        assertEquals(Map.of("x", true), root.get("mid"));
        assertNull(root.get("nothing"));
        assertEquals(true, root.containsKey("nothing"));
    }

    @Test
    void anEmptyDocumentIsNull() throws Exception {
        assertNull(read(""));
        assertNull(read("# only a comment\n"));
        assertNull(read("~\n"));
    }

    @Test
    void scalarsReadAsTheirOwnText() throws Exception {
        Map<?, ?> root = (Map<?, ?>) read("ratio: 0.9\nsize: 20MB\ncount: 3\nbig: 12345678901234567890\non: false\n");
        assertEquals("0.9", Yaml.text(root.get("ratio")));
        assertEquals("20MB", Yaml.text(root.get("size")));
        assertEquals("3", Yaml.text(root.get("count")));
        assertEquals("12345678901234567890", Yaml.text(root.get("big")));
        assertEquals("false", Yaml.text(root.get("on")));
    }

    @Test
    void valuesOfTheWrongShapeReadAsEmptyTextAndNullAsTheWordNull() {
        assertEquals("", Yaml.text(Map.of("a", 1)));
        assertEquals("", Yaml.text(List.of("a")));
        assertEquals("null", Yaml.text(null));
    }
}
