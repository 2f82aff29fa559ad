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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(DaemonExtension.class)
class ImageIT {
    static final String APP = TestDaemon.name("app") + ":1";
    /** A fake npm that writes node_modules and a cache, so the history looks like a real node build. */
    static final String FAKE_NPM = "#!/bin/sh\nmkdir -p node_modules /root/.npm\n"
            + "head -c 300000 /dev/urandom > node_modules/dep.js\nhead -c 50000 /dev/urandom > /root/.npm/cache\n";

    @BeforeAll
    static void buildApp() {
        TestDaemon.build(APP, String.join("\n",
                "FROM " + TestDaemon.BASE,
                "COPY npm /usr/local/bin/npm",
                "RUN chmod +x /usr/local/bin/npm",
                "WORKDIR /app",
                "ENV DB_PASSWORD=hunter2 NODE_ENV=production",
                "COPY . /app",
                "RUN npm ci",
                "RUN mkdir -p /opt && head -c 200000 /dev/urandom > /opt/big.bin",
                "RUN rm -rf /opt/big.bin",
                "EXPOSE 8080",
                "VOLUME /data",
                "LABEL org.opencontainers.image.title=\"demo\"",
                "HEALTHCHECK --interval=5s --retries=2 CMD wget -q -O- http://localhost:8080/ || exit 1",
                "USER 1000",
                "ENTRYPOINT [\"node\"]",
                "CMD [\"src/index.js\"]", ""),
                Map.of("npm", FAKE_NPM, "package.json", "{}", "src/index.js", "console.log(1)\n"));
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void jsonLayersSumToTheDaemonsSizeAndMapOntoRootfs() throws Exception {
        Cli.Result r = Cli.create().run("image", APP, "-o", "json");
        r.assertExit(0);
        JsonNode img = json(r);
        long sum = 0;
        List<String> diffIds = new ArrayList<>();
        for (JsonNode l : img.get("layers")) {
            sum += l.get("size").asLong();
            if (!l.get("empty").asBoolean()) {
                diffIds.add(l.get("diffId").asText());
            } else {
                assertTrue(l.get("diffId").isNull(), r.describe());
            }
        }
        long daemonSize = Long.parseLong(TestDaemon.docker("image", "inspect", "--format", "{{.Size}}", APP));
        assertEquals(daemonSize, img.get("size").asLong(), r.describe());
        assertEquals(daemonSize, sum, r.describe());
        String rootfs = TestDaemon.docker("image", "inspect", "--format", "{{json .RootFS.Layers}}", APP);
        List<String> expected = new ArrayList<>();
        Json.MAPPER.readTree(rootfs).forEach(n -> expected.add(n.asText()));
        assertEquals(expected, diffIds, r.describe());
        assertEquals(TestDaemon.docker("image", "inspect", "--format", "{{.Id}}", APP), img.get("id").asText());
        assertEquals(APP, img.at("/repoTags/0").asText());
        assertEquals("local", img.at("/origin/kind").asText());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void jsonExplainsTheCacheStory() throws Exception {
        JsonNode img = json(Cli.create().run("image", APP, "-o", "json").assertExit(0));
        Set<String> ids = new HashSet<>();
        img.get("findings").forEach(f -> ids.add(f.get("id").asText()));
        assertTrue(ids.containsAll(Set.of("IMG001", "IMG101", "IMG201", "IMG202")), ids.toString());
        for (JsonNode f : img.get("findings")) {
            assertNotNull(f.get("fix").asText(null));
            assertTrue(Set.of("layer-cache", "dockerfile", "multi-stage").contains(f.get("concept").asText()));
        }
    }

    @Test
    void aShellFormEntrypointIsShownAsTheShellCommandOnItsOwnLine() throws Exception {
        String tag = TestDaemon.build(TestDaemon.name("shell-ep") + ":1",
                "FROM " + TestDaemon.BASE + "\nENTRYPOINT httpd -f -p 8080\nCMD [\"--verbose\"]\n", Map.of());
        Cli.Result r = Cli.create().run("image", tag, "--color", "never", "--width", "120");
        r.assertExit(0);
        String entrypoint = r.out().lines().filter(l -> l.strip().startsWith("entrypoint")).findFirst().orElse("");
        String cmd = r.out().lines().filter(l -> l.strip().startsWith("cmd ")).findFirst().orElse("");
        assertTrue(entrypoint.contains("/bin/sh -c 'httpd -f -p 8080'"), r.describe());
        assertTrue(entrypoint.contains("shell form"), r.describe());
        assertTrue(cmd.contains("[\"--verbose\"]"), r.describe());
        assertFalse(cmd.contains("form"), r.describe());
        JsonNode c = json(Cli.create().run("image", tag, "-o", "json").assertExit(0)).get("config");
        assertEquals("shell", c.get("form").asText());
        assertTrue(c.get("pid1Note").asText().contains("ignores CMD"), c.toString());
    }

    @Test
    void jsonConfigRedactsSecretsAndExplainsDefaults() throws Exception {
        JsonNode c = json(Cli.create().run("image", APP, "-o", "json").assertExit(0)).get("config");
        assertEquals("[\"node\"]", c.get("entrypoint").toString());
        assertEquals("exec", c.get("form").asText());
        assertEquals("node", c.get("pid1").asText());
        assertEquals("1000", c.get("user").asText());
        assertFalse(c.get("runsAsRoot").asBoolean());
        JsonNode password = null;
        for (JsonNode e : c.get("env")) {
            if (e.get("name").asText().equals("DB_PASSWORD")) {
                password = e;
            }
        }
        assertNotNull(password);
        assertEquals("<redacted>", password.get("value").asText());
        assertEquals("[\"8080/tcp\"]", c.get("exposedPorts").toString());
        assertEquals("[\"/data\"]", c.get("volumes").toString());
        assertEquals("demo", c.at("/labels/org.opencontainers.image.title").asText());
        assertEquals("shell", c.at("/healthcheck/kind").asText());
        assertEquals(5_000_000_000L, c.at("/healthcheck/interval").asLong());
        assertEquals(2, c.at("/healthcheck/retries").asInt());
    }

    @Test
    void secretsAreShownOnlyWhenAsked() {
        Cli.Result hidden = Cli.create().run("image", APP, "--color", "never");
        hidden.assertExit(0);
        assertFalse(hidden.out().contains("hunter2"), hidden.describe());
        Cli.Result shown = Cli.create().run("image", APP, "--color", "never", "--show-secrets");
        assertTrue(shown.out().contains("DB_PASSWORD=hunter2"), shown.describe());
    }

    @Test
    void textShowsStackBaseAndConcepts() {
        Cli.Result r = Cli.create().run("image", APP, "--color", "never", "--width", "80");
        r.assertExit(0);
        String out = r.out();
        assertTrue(out.contains("base image " + TestDaemon.BASE + " ends here"), r.describe());
        assertTrue(out.contains("RUN npm ci"), r.describe());
        assertTrue(out.contains("IMG101 sources copied before the dependency install"), r.describe());
        assertTrue(out.contains("→ concept: Layer & Cache — dockscope learn layer-cache"), r.describe());
        assertTrue(out.contains("→ concept: Health Check — dockscope learn health-check"), r.describe());
        for (String line : out.split("\n")) {
            assertTrue(dev.dockscope.render.text.TextWidth.of(line) <= 80, "too wide: " + line);
        }
    }

    @Test
    void fiftyFiveLayersAreExplained() throws Exception {
        StringBuilder df = new StringBuilder("FROM " + TestDaemon.BASE + "\n");
        for (int i = 0; i < 55; i++) {
            df.append("RUN echo ").append(i).append(" > /f").append(i).append('\n');
        }
        String tag = TestDaemon.build(TestDaemon.name("many") + ":1", df.toString(), Map.of());
        JsonNode img = json(Cli.create().run("image", tag, "-o", "json").assertExit(0));
        int baseSteps = TestDaemon.docker("history", "-q", TestDaemon.BASE).split("\n").length;
        assertEquals(57, img.get("layerCount").asInt());
        // the base's steps, 55 RUNs, and the LABEL that docker build --label adds
        assertEquals(baseSteps + 56, img.get("layers").size());
        assertEquals("RUN echo 54 > /f54", img.at("/layers/" + (baseSteps + 54) + "/instruction").asText());
    }

    @Test
    void importedImageIsExplained(@TempDir Path dir) throws Exception {
        String tag = TestDaemon.importGreeting(dir, TestDaemon.name("imported") + ":1");
        Cli.Result r = Cli.create().run("image", tag, "-o", "json");
        r.assertExit(0);
        JsonNode img = json(r);
        assertEquals("imported", img.at("/origin/kind").asText(), r.describe());
        assertEquals(1, img.get("layerCount").asInt());
        assertEquals("IMPORT", img.at("/layers/0/keyword").asText());
        assertFalse(img.at("/layers/0/diffId").isNull());
    }

    @Test
    void escapeLadenLabelsAreShownSafely() {
        String tag = TestDaemon.build(TestDaemon.name("evil") + ":1",
                "FROM " + TestDaemon.BASE + "\nLABEL evil=\"a\u001b[2Jb\u001b]0;pwned\u0007c\"\n", Map.of());
        Cli.Result r = Cli.create().run("image", tag, "--color", "never");
        r.assertExit(0);
        assertFalse(r.out().contains("\u001b"), r.describe());
        assertTrue(r.out().contains("evil=abc"), r.describe());
    }

    @Test
    void unknownImageExitsFourWithCloseNames() {
        Cli.Result r = Cli.create().run("image", APP.replace("app", "apq"));
        r.assertExit(4);
        assertTrue(r.err().contains("no image"), r.describe());
        assertTrue(r.err().contains("Did you mean: " + APP), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void aContainerNameGivenAsAnImageIsNamedAsAContainer() {
        String name = TestDaemon.name("not-an-image");
        TestDaemon.docker("create", "--name", name, "--label", TestDaemon.LABEL + "=1", APP, "true");
        TestDaemon.track("container", name);
        Cli.Result r = Cli.create().run("image", name);
        r.assertExit(4);
        assertTrue(r.err().contains("a container has that name: it runs the image " + APP), r.describe());
        assertTrue(r.err().contains("dockscope container " + name), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void secretsInEnvAndUrlUserInfoReachNoImageOutput() {
        // issue 15, case 7: by name (DB_PASSWORD) and by shape (a URL's user-info under an innocent name)
        String tag = TestDaemon.build(TestDaemon.name("secret-env") + ":1", "FROM " + TestDaemon.BASE
                + "\nENV DB_PASSWORD=hunter2 DATABASE_URL=postgres://admin:s3cr3tpw@db:5432/app\n"
                + "RUN echo ok > /ok\n", Map.of());
        for (String[] args : List.of(new String[] {"image", tag, "--color", "never"},
                new String[] {"image", tag, "-o", "json"}, new String[] {"image", tag, "--files", "-o", "json"},
                new String[] {"image", tag, "--files", "--color", "never"})) {
            Cli.Result r = Cli.create().run(args);
            assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.describe());
            assertFalse(r.out().contains("hunter2") || r.err().contains("hunter2"), r.describe());
            assertFalse(r.out().contains("s3cr3tpw") || r.err().contains("s3cr3tpw"), r.describe());
        }
        Cli.Result shown = Cli.create().run("image", tag, "-o", "json", "--show-secrets");
        shown.assertExit(0);
        assertTrue(shown.out().contains("hunter2"), "--show-secrets shows them: " + shown.describe());
    }

    @Test
    void severalRefsGiveAJsonArray() throws Exception {
        JsonNode arr = json(Cli.create().run("image", APP, TestDaemon.BASE, "-o", "json").assertExit(0));
        assertTrue(arr.isArray());
        assertEquals(2, arr.size());
    }

    @Test
    void shortIdWorksAsARef() throws Exception {
        String id = TestDaemon.docker("image", "inspect", "--format", "{{.Id}}", APP);
        JsonNode img = json(Cli.create().run("image", id.substring(7, 19), "-o", "json").assertExit(0));
        assertEquals(id, img.get("id").asText());
    }
}
