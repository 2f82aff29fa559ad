package dev.dockscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEntryWithoutASplitFieldIsInTheDevSplit() throws IOException {
        assertEquals("dev", CorpusScore.splitOf(JSON.readTree("{\"id\":\"001-a\"}")));
        assertEquals("holdout", CorpusScore.splitOf(JSON.readTree("{\"id\":\"189-b\",\"split\":\"holdout\"}")));
    }

    @Test
    void loadKeepsOnlyTheEntriesOfTheAskedSplit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.json"),
                "[{\"id\":\"001-a\"},{\"id\":\"002-b\",\"split\":\"holdout\"}]");
        for (String id : List.of("001-a", "002-b")) {
            Files.createDirectories(dir.resolve(id));
            Files.writeString(dir.resolve(id).resolve("labels.json"),
                    "[{\"kind\":\"unpinned-base\",\"line\":1,\"why\":\"no tag\"}]");
            Files.writeString(dir.resolve(id).resolve("Dockerfile"), "FROM ubuntu\nCMD [\"true\"]\n");
        }
        assertEquals(List.of("002-b/Dockerfile"),
                CorpusScore.load(dir, "holdout").stream().map(Scoring.FileInput::file).toList());
        assertEquals(List.of("001-a/Dockerfile"),
                CorpusScore.load(dir, "dev").stream().map(Scoring.FileInput::file).toList());
        assertEquals(2, CorpusScore.load(dir, null).size());
    }
}
