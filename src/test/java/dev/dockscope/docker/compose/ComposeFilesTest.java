package dev.dockscope.docker.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.compose.ComposeLoader;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compose file reader on the corpus: every syntax, the merge of several files, and bad input. */
class ComposeFilesTest {
    static final Path CORPUS = Path.of("src/test/resources/compose/corpus");
    static final Path FULL = CORPUS.resolve("full");

    static Project full(Map<String, String> env, Set<String> profiles) {
        return ComposeFiles.load(FULL, List.of(), env::get, profiles, null).project();
    }

    static Service service(Project p, String name) {
        return p.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name + " in " + p.services()));
    }

    static Finding finding(List<Finding> fs, String rule) {
        return fs.stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + fs));
    }

    @Test
    void defaultFilesWithOverrideDotenvAndInterpolation() {
        Project p = full(Map.of("FROM_ENV", "yes"), Set.of());
        assertEquals("corpus", p.name(), "${PROJECT:-corpus}");
        assertEquals(2, p.configFiles().size(), "compose.yaml and compose.override.yaml: " + p.configFiles());
        Service web = service(p, "web");
        assertEquals("registry.example/web:1.5", web.image(), ".env's export WEB_TAG=\"1.5\" beats the default");
        assertEquals("api:2.0", service(p, "api").image(), "${API_TAG:?…} from .env");
        assertEquals(List.of(
                new Port("", "8080", 80, "tcp"),
                new Port("127.0.0.1", "8443", 443, "tcp"),
                new Port("::1", "9090", 9090, "tcp"),
                new Port("", "", 3000, "tcp"),
                new Port("0.0.0.0", "8081", 81, "udp"),
                new Port("", "8082", 82, "tcp")), web.ports(), "short and long ports, the override's appended once");
        assertEquals(List.of(new Mount("bind", "./static", "/srv/static", true), new Mount("volume", "cache",
                "/var/cache", false)), web.volumes());
    }

    @Test
    void anchorsMergeKeysExtendsAcrossFilesAndInclude() {
        Project p = full(Map.of(), Set.of());
        Service api = service(p, "api");
        assertTrue(api.healthcheck(), "the healthcheck comes from base.yaml through extends");
        assertEquals(List.of("default", "back"), api.networks(), "networks from the base service");
        assertEquals(2, api.replicas(), "deploy.replicas");
        assertTrue(service(p, "db").healthcheck(), "healthcheck built with <<: *health");
        assertEquals("redis:7", service(p, "cache").image(), "cache comes from the included shared/cache.yaml");
        assertEquals(List.of(new Mount("volume", "dbdata", "/var/lib/postgresql/data", false),
                new Mount("tmpfs", "", "/tmp", false)), service(p, "db").volumes(), "long volume syntax");
    }

    @Test
    void dependsOnShortAndLongWithConditionsAndLayers() {
        Project p = full(Map.of(), Set.of());
        assertEquals(List.of(new Edge("web", "api", "service_started", true),
                new Edge("api", "db", "service_healthy", true),
                new Edge("api", "migrate", "service_completed_successfully", false)), p.edges());
        assertEquals(List.of(List.of("cache", "db", "migrate"), List.of("api"), List.of("web")), p.layers());
        assertTrue(p.cycles().isEmpty());
    }

    @Test
    void profilesHideServicesUntilEnabled() {
        assertFalse(full(Map.of(), Set.of()).services().stream().anyMatch(s -> s.name().equals("debug")));
        Project on = full(Map.of(), Set.of("debug"));
        assertEquals(List.of("debug"), service(on, "debug").profiles());
        assertEquals("debug", finding(on.findings(), "compose/docker-socket").service());
        assertEquals("debug", finding(on.findings(), "compose/latest-image").service());
        Project viaEnv = full(Map.of("COMPOSE_PROFILES", "debug"), Set.of());
        assertTrue(viaEnv.services().stream().anyMatch(s -> s.name().equals("debug")), "COMPOSE_PROFILES");
    }

    @Test
    void findingsPointAtTheirLine() {
        Project p = full(Map.of(), Set.of());
        Finding secret = finding(p.findings(), "compose/secret-in-environment");
        assertTrue(secret.message().contains("API_TOKEN=<redacted>") && !secret.message().contains("s3cr3t"),
                secret.message());
        assertTrue(secret.file().endsWith("full/compose.yaml"), secret.file());
        assertEquals(43, secret.line(), "the API_TOKEN line");
        Finding db = finding(p.findings(), "compose/published-database-port");
        assertEquals("db", db.service());
        assertEquals(60, db.line(), "the ports key of db");
        Finding unused = finding(p.findings(), "compose/unused-volume");
        assertTrue(unused.message().contains("corpus_forgotten"), unused.message());
        assertEquals(76, unused.line());
        assertTrue(p.findings().stream().noneMatch(f -> f.service().equals("cache")),
                "redis published on 127.0.0.1 only is fine: " + p.findings());
    }

    @Test
    void unsetVariablesWarnAndRequiredOnesFail() {
        ComposeLoader.Loaded ok = ComposeFiles.parse("services:\n  a:\n    image: \"a:${TAG}\"\n", "c.yaml", Map.of());
        assertEquals("a:", ok.project().services().get(0).image());
        Finding w = finding(ok.project().findings(), "compose/unset-variable");
        assertEquals(3, w.line());
        Project bad = ComposeFiles.load(CORPUS.resolve("bad"), List.of(CORPUS.resolve("bad/required.yaml")),
                k -> null, Set.of(), null).project();
        Finding f = finding(bad.findings(), "compose/interpolation");
        assertTrue(f.message().contains("set TAG first"), f.message());
        assertEquals(3, f.line());
        assertEquals(12, f.column());
    }

    @ParameterizedTest
    @CsvSource({
        "unknown-key.yaml, compose/unknown-top-level-key, 4, 1",
        "cycle.yaml, compose/dependency-cycle, 4, 5",
        "undefined.yaml, compose/undefined-dependency, 4, 5",
    })
    void badFilesAreFindingsWithTheirPosition(String file, String rule, int line, int column) {
        Project p = ComposeFiles.load(CORPUS.resolve("bad"), List.of(CORPUS.resolve("bad").resolve(file)), k -> null,
                Set.of(), null).project();
        Finding f = finding(p.findings(), rule);
        assertEquals(line, f.line(), f.toString());
        assertEquals(column, f.column(), f.toString());
        assertTrue(f.file().endsWith(file), f.file());
    }

    @Test
    void cycleLeavesItsServicesOutOfTheLayers() {
        Project p = ComposeFiles.load(CORPUS.resolve("bad"), List.of(CORPUS.resolve("bad/cycle.yaml")), k -> null,
                Set.of(), null).project();
        assertEquals(List.of(List.of("a", "b", "c")), p.cycles());
        assertTrue(p.layers().isEmpty(), p.layers().toString());
    }

    @Test
    void invalidYamlIsUsageErrorWithPosition() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> ComposeFiles.load(CORPUS.resolve("bad"),
                List.of(CORPUS.resolve("bad/invalid.yaml")), k -> null, Set.of(), null));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("invalid.yaml:4:4: invalid YAML"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void parseEntryPointThrowsOnlyDockscopeException() {
        for (String text : new String[] {"[", "a: *nope", "services: [1, 2]", "services:\n  a: 3\n", "- 1\n- 2\n",
            "services:\n  a:\n    ports: [{}]\n    volumes: [{}]\n    depends_on: {b: 7}\n", "\"\\u0000\": ${",
            "x: &a [*a]", "services:\n  a:\n    extends: a\n"}) {
            try {
                ComposeFiles.parse(text, "fuzz.yaml", Map.of());
            } catch (DockscopeException expected) {
                assertEquals(ExitCode.USAGE, expected.exitCode(), text);
            }
        }
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> ComposeFiles.parse(b.toString(), "bomb.yaml", Map.of()));
        assertTrue(e.getMessage().contains("aliases"), e.getMessage());
    }

    /**
     * Found by ComposeFuzzTest: findings quote values from the file ("replicas must be a number: …"), and a block
     * scalar spans lines, so a message held newlines and could be as long as the file. Every finding is one line, cut.
     */
    @Test
    void findingMessagesAreOneLineAndCut() {
        String text = "services:\n  s:\n    image: x\n    deploy:\n      replicas: |\n"
                + "        one\n".repeat(200) + "  t:\n    image: \"${A:?no\\nway}\"\n";
        List<Finding> fs = ComposeFiles.parse(text, "c.yaml", Map.of()).project().findings();
        assertTrue(fs.stream().anyMatch(f -> f.rule().equals("compose/replicas")), fs.toString());
        for (Finding f : fs) {
            assertTrue(f.message().length() <= 300, f.message().length() + " chars: " + f.rule());
            assertTrue(f.message().chars().noneMatch(c -> c < 0x20 || c == 0x7f), f.message());
        }
    }
}
