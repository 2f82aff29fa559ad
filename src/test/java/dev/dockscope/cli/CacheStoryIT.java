package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache story on an image built for it, with and without {@code --files}: which layer each finding points at,
 * the bytes it puts at stake, and what it rests on ({@code history} guesses, {@code files} measurements).
 */
@ExtendWith(DaemonExtension.class)
class CacheStoryIT {
    static final String IMG = TestDaemon.name("story") + ":1";
    static final int LISTS = 120_000;
    /** apt-get update writes package lists; install writes a package. */
    static final String FAKE_APT = "#!/bin/sh\ncase \"$1\" in\n"
            + "update) mkdir -p /var/lib/apt/lists && head -c " + LISTS + " /dev/zero > /var/lib/apt/lists/main_Packages ;;\n"
            + "*) mkdir -p /usr/share/pkg && head -c 1000 /dev/zero > /usr/share/pkg/curl ;;\nesac\n";
    /** npm ci writes node_modules and no cache in /root/.npm (the history cannot know that). */
    static final String FAKE_NPM = "#!/bin/sh\nmkdir -p node_modules && head -c 300000 /dev/zero > node_modules/dep.js\n";
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("apt-get", FAKE_APT);
        FILES.put("npm", FAKE_NPM);
        FILES.put("package.json", "{\"name\":\"demo\"}\n");
        FILES.put("tools/hello", "#!/bin/sh\necho hello\n");
        FILES.put("src/index.js", "console.log('hi')\n");
        FILES.put("assets/logo.txt", "a".repeat(100_000));
    }

    static final String DOCKERFILE = String.join("\n",
            "FROM " + TestDaemon.BASE,
            "COPY apt-get /usr/bin/apt-get",
            "RUN chmod +x /usr/bin/apt-get",
            "RUN apt-get update",
            "RUN apt-get install -y curl",
            "RUN rm -rf /var/lib/apt/lists/*",
            "COPY npm /usr/local/bin/npm",
            "RUN chmod +x /usr/local/bin/npm",
            "WORKDIR /app",
            "COPY . .",
            "COPY tools/ /usr/local/bin/",
            "RUN npm ci",
            "RUN chown -R 1000 /app",
            "RUN mkdir -p /tmp/s && for i in $(seq 1 59); do printf abc > /tmp/s/f$i; done",
            "RUN rm -rf /tmp/s",
            "HEALTHCHECK --interval=5s --start-period=7s --retries=3 CMD true",
            "CMD [\"sh\"]", "");

    @BeforeAll
    static void build() {
        TestDaemon.build(IMG, DOCKERFILE, FILES);
    }

    private static JsonNode image(String... extra) throws Exception {
        return imageOf(IMG, extra);
    }

    private static JsonNode imageOf(String tag, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("image", tag, "-o", "json"));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.create().run(args.toArray(new String[0]));
        r.assertExit(0);
        JsonNode n = Json.MAPPER.readTree(r.out());
        return n.has("image") ? n.get("image") : n;
    }

    /** The history index (as in the stack) of the last layer whose instruction starts with {@code prefix}. */
    private static int layer(JsonNode img, String prefix) {
        int found = -1;
        for (JsonNode l : img.get("layers")) {
            if (l.get("instruction").asText().startsWith(prefix)) {
                found = l.get("index").asInt();
            }
        }
        assertTrue(found > 0, "no layer " + prefix + " in " + img.get("layers"));
        return found;
    }

    /** The COPY . . layer: a directory copied to the working directory ("." in the legacy history). */
    private static int copyAll(JsonNode img) {
        for (JsonNode l : img.get("layers")) {
            String t = l.get("instruction").asText();
            if (t.startsWith("COPY") && (t.endsWith(" to .") || t.endsWith(" to ./") || t.equals("COPY . ."))) {
                return l.get("index").asInt();
            }
        }
        throw new AssertionError("no COPY . . in " + img.get("layers"));
    }

    private static List<JsonNode> findings(JsonNode img, String id) {
        List<JsonNode> out = new ArrayList<>();
        img.get("findings").forEach(f -> {
            if (f.get("id").asText().equals(id)) {
                out.add(f);
            }
        });
        return out;
    }

    private static JsonNode finding(JsonNode img, String id, int... layers) {
        for (JsonNode f : findings(img, id)) {
            List<Integer> ls = new ArrayList<>();
            f.get("layers").forEach(x -> ls.add(x.asInt()));
            if (ls.equals(java.util.Arrays.stream(layers).boxed().toList())) {
                return f;
            }
        }
        throw new AssertionError("no " + id + " on layers " + java.util.Arrays.toString(layers) + " in "
                + img.get("findings"));
    }

    @Test
    void theInstallIsBlamedOnTheCopyIntoTheWorkdirNotTheToolsCopy() throws Exception {
        JsonNode img = image();
        JsonNode f = finding(img, "IMG101", copyAll(img), layer(img, "RUN npm ci"));
        assertEquals("history", f.get("evidence").asText());
        assertTrue(f.get("message").asText().contains("copies the build context"), f.toString());
        assertEquals(1, findings(img, "IMG101").size(), img.get("findings").toString());
    }

    @Test
    void removingAptListsInALaterLayerIsAGuessFromTheHistoryAndExactWithFiles() throws Exception {
        JsonNode img = image();
        int update = layer(img, "RUN apt-get update");
        int rm = layer(img, "RUN rm -rf /var/lib/apt/lists");
        JsonNode guess = finding(img, "IMG202", update, rm);
        assertEquals("history", guess.get("evidence").asText());
        assertTrue(guess.get("message").asText().contains("likely"), guess.toString());
        assertTrue(findings(img, "IMG201").stream().noneMatch(x -> x.get("layers").get(0).asInt() == update
                || x.get("layers").get(0).asInt() == layer(img, "RUN apt-get install")),
                "lists removed later are IMG202, not left: " + img.get("findings"));

        JsonNode measured = image("--files");
        JsonNode exact = finding(measured, "IMG202", update, rm);
        assertEquals("files", exact.get("evidence").asText());
        assertEquals(LISTS, exact.get("bytes").asLong(), exact.toString());
        assertTrue(exact.get("message").asText().contains(LISTS + " B"), exact.toString());
    }

    @Test
    void anNpmCacheTheLayerDoesNotHoldIsDroppedWithFiles() throws Exception {
        JsonNode img = image();
        int npm = layer(img, "RUN npm ci");
        JsonNode guess = finding(img, "IMG201", npm);
        assertEquals("history", guess.get("evidence").asText());
        assertTrue(guess.get("message").asText().contains("likely"), guess.toString());
        JsonNode measured = image("--files");
        assertTrue(findings(measured, "IMG201").stream().noneMatch(x -> x.get("layers").get(0).asInt() == npm),
                measured.get("findings").toString());
    }

    @Test
    void chownOfTheCopiedSourcesIsMeasuredAsStoredTwice() throws Exception {
        JsonNode measured = image("--files");
        int copy = copyAll(measured);
        int chown = layer(measured, "RUN chown -R");
        long copied = 0;
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            copied += e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        copied += DOCKERFILE.getBytes(StandardCharsets.UTF_8).length;
        JsonNode f = finding(measured, "IMG204", copy, chown);
        assertEquals("files", f.get("evidence").asText());
        assertEquals(copied, f.get("bytes").asLong(), f.toString());
        JsonNode nodeModules = finding(measured, "IMG204", layer(measured, "RUN npm ci"), chown);
        assertEquals(300_000, nodeModules.get("bytes").asLong(), nodeModules.toString());
    }

    @Test
    void smallDeletionsAreGroupedAndFindingsRankedByBytes() throws Exception {
        JsonNode measured = image("--files");
        List<JsonNode> deleted = findings(measured, "IMG202");
        List<JsonNode> grouped = deleted.stream().filter(f -> f.get("title").asText().contains("grouped")).toList();
        assertEquals(1, grouped.size(), deleted.toString());
        assertEquals(59 * 3, grouped.get(0).get("bytes").asLong(), grouped.toString());
        assertTrue(grouped.get(0).get("message").asText().startsWith("59 more files"), grouped.toString());
        for (int i = 1; i < deleted.size() - 1; i++) {
            assertTrue(deleted.get(i - 1).get("bytes").asLong() >= deleted.get(i).get("bytes").asLong(),
                    deleted.toString());
        }
    }

    @Test
    void healthcheckLineKeepsRetriesAndStartPeriod() throws Exception {
        JsonNode img = image();
        int hc = layer(img, "HEALTHCHECK");
        String line = img.get("layers").get(hc - 1).get("instruction").asText();
        assertEquals("HEALTHCHECK --interval=5s --start-period=7s --retries=3 CMD true", line);
    }

    @Test
    void noInstallFindingWhenTheManifestIsCopiedFirstAfterAnUnrelatedCopy() throws Exception {
        String tag = TestDaemon.build(TestDaemon.name("story-py") + ":1", String.join("\n",
                "FROM " + TestDaemon.BASE,
                "COPY bin/ /usr/local/bin/",
                "RUN chmod +x /usr/local/bin/pip /usr/local/bin/go",
                "COPY tools/ /usr/bin/",
                "WORKDIR /app",
                "COPY requirements.txt .",
                "RUN pip install -r requirements.txt",
                "COPY . .",
                "RUN go build -o /app/server .", ""),
                Map.of("bin/pip", "#!/bin/sh\nmkdir -p /usr/lib/py && head -c 5000 /dev/zero > /usr/lib/py/flask\n",
                        "bin/go", "#!/bin/sh\nhead -c 7000 /dev/zero > /app/server\n",
                        "tools/helper", "#!/bin/sh\n", "requirements.txt", "flask==3.0.0\n", "main.go", "package main\n"));
        JsonNode img = imageOf(tag);
        assertTrue(findings(img, "IMG101").isEmpty(), img.get("findings").toString());
    }

    @Test
    void anImportedBaseWithBuildStepsIsNotAnImportedImage(@TempDir Path dir) throws Exception {
        String base = TestDaemon.importGreeting(dir, TestDaemon.name("story-imported") + ":1");
        String tag = TestDaemon.build(TestDaemon.name("story-on-import") + ":1", String.join("\n",
                "FROM " + base, "WORKDIR /app", "COPY a.txt /app/a.txt", "ENV MODE=prod", "LABEL team=core",
                "COPY b.txt /app/b.txt", "EXPOSE 8080", "USER 1000", "CMD [\"/app/a.txt\"]", ""),
                Map.of("a.txt", "a\n", "b.txt", "b\n"));
        JsonNode img = imageOf(tag);
        assertEquals("local", img.at("/origin/kind").asText(), img.get("origin").toString());
        String why = img.at("/origin/explanation").asText();
        assertTrue(why.contains("on a base made by `docker import`"), why);
        int steps = img.get("layers").size() - 1;
        assertTrue(why.contains(steps + " build steps"), why);
    }

    @Test
    void textSaysWhatEachFindingRestsOn() {
        Cli.Result r = Cli.create().run("image", IMG, "--color", "never", "--width", "100");
        r.assertExit(0);
        assertTrue(r.out().contains("from the history"), r.describe());
        assertFalse(r.out().contains("measured in the layer files"), r.describe());
        Cli.Result f = Cli.create().run("image", IMG, "--files", "--color", "never", "--width", "100");
        f.assertExit(0);
        assertTrue(f.out().contains("measured in the layer files"), f.describe());
        assertNotNull(f.out());
    }
}
