package dev.dockscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus is well formed: every index entry is pinned (commit, sha256) and has a labels file whose
 * labels use known kinds; where the Dockerfile has been fetched (bench/lint/corpus-get.sh), its bytes match the
 * pinned sha256 and every labelled line is the first line of an instruction. Does not run the linter.
 */
class CorpusLabelsTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/dockerfiles");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Test
    void everyIndexEntryIsPinnedAndLabelled() throws IOException {
        JsonNode index = JSON.readTree(CORPUS.resolve("index.json").toFile());
        assertTrue(index.size() >= 150, "corpus size " + index.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode e : index) {
            String id = e.get("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            assertTrue(id.matches("\\d{3}-[a-z0-9.-]+"), id);
            assertTrue(SHA1.matcher(e.get("commit").asText()).matches(), id + " commit");
            assertTrue(SHA256.matcher(e.get("sha256").asText()).matches(), id + " sha256");
            assertFalse(e.get("repository").asText().isBlank(), id);
            assertFalse(e.get("path").asText().isBlank(), id);
            assertFalse(e.get("licence").asText().isBlank(), id);
            assertTrue(e.get("url").asText().contains(e.get("commit").asText()), id + " url pins the commit");
            assertTrue(Set.of(CorpusScore.DEFAULT_SPLIT, "holdout").contains(CorpusScore.splitOf(e)), id + " split");
            for (JsonNode l : JSON.readTree(CORPUS.resolve(id).resolve("labels.json").toFile())) {
                assertTrue(Scoring.KINDS.contains(l.get("kind").asText()), id + ": " + l);
                JsonNode line = l.get("line");
                assertTrue(line.isNull() || line.asInt() >= 1, id + ": " + l);
                assertFalse(l.path("why").asText().isBlank(), id + ": " + l);
            }
        }
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            List<String> onDisk = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertEquals(ids.stream().sorted().toList(), onDisk, "label folders and index entries");
        }
    }

    @Test
    void fetchedFilesMatchTheirPinAndLabelsSitOnInstructions() throws IOException, NoSuchAlgorithmException {
        JsonNode index = JSON.readTree(CORPUS.resolve("index.json").toFile());
        for (JsonNode e : index) {
            String id = e.get("id").asText();
            Path file = CORPUS.resolve(id).resolve("Dockerfile");
            if (!Files.isRegularFile(file)) {
                continue; // not fetched here: only the committed parts can be checked
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(e.get("sha256").asText(), sha, id + ": the bytes the labels were written for");
            Dockerfile df = DockerfileParser.parse(id, new String(bytes, StandardCharsets.UTF_8));
            Set<Integer> starts = new HashSet<>();
            for (Instruction i : df.instructions()) {
                starts.add(i.line());
            }
            for (JsonNode l : JSON.readTree(CORPUS.resolve(id).resolve("labels.json").toFile())) {
                if (!l.get("line").isNull()) {
                    assertTrue(starts.contains(l.get("line").asInt()), id + ": no instruction starts at " + l);
                }
            }
        }
    }
}
