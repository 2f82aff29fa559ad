package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the well-known sockets, with a fake home and runtime dir holding real listening sockets. */
class WellKnownSocketsTest {
    @TempDir
    Path root;
    Path home;
    Path runtime;
    Path defaultSocket;
    final Map<String, String> env = new HashMap<>();
    final List<ServerSocketChannel> listening = new ArrayList<>();

    @BeforeEach
    void fakeHome() throws IOException {
        home = Files.createDirectories(root.resolve("home"));
        runtime = Files.createDirectories(root.resolve("run"));
        defaultSocket = root.resolve("var-run-docker.sock");
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("DOCKER_CONFIG", home.resolve(".docker").toString());
    }

    @AfterEach
    void close() throws IOException {
        for (ServerSocketChannel s : listening) {
            s.close();
        }
    }

    private void listen(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        listening.add(s);
    }

    /** A socket file with no daemon behind it (what a stopped daemon leaves). */
    private void stale(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(socket));
        }
    }

    private WellKnownSockets sockets() {
        return new WellKnownSockets(env::get, defaultSocket);
    }

    @Test
    void candidatesComeInTheDocumentedOrder() {
        List<String> paths = sockets().candidates().stream().map(c -> c.path().toString()).toList();
        assertEquals(List.of(defaultSocket.toString(), runtime + "/docker.sock", home + "/.docker/run/docker.sock",
                home + "/.docker/desktop/docker.sock", home + "/.colima/default/docker.sock", home + "/.colima/docker.sock",
                runtime + "/podman/podman.sock", "/run/podman/podman.sock", home + "/.orbstack/run/docker.sock"), paths);
    }

    @Test
    void withoutARuntimeDirTheRootlessSocketsAreLeftOut() {
        env.remove("XDG_RUNTIME_DIR");
        List<String> products = sockets().candidates().stream().map(WellKnownSockets.Candidate::product).toList();
        assertEquals(List.of("the default socket", "Docker Desktop", "Docker Desktop", "Colima", "Colima", "Podman",
                "OrbStack"), products);
    }

    @Test
    void theFirstThatAnswersWinsAndStaleSocketsAreSkipped() throws IOException {
        stale(runtime.resolve("docker.sock"));
        listen(home.resolve(".colima/default/docker.sock"));
        listen(runtime.resolve("podman/podman.sock"));
        WellKnownSockets.Result r = sockets().find();
        assertEquals(home.resolve(".colima/default/docker.sock"), r.answered().path());
        assertEquals("Colima", r.answered().product());
        assertEquals(List.of("no socket", "connection refused (no daemon behind it)", "no socket", "no socket", "answered"),
                r.tried().stream().map(WellKnownSockets.Probe::outcome).toList());
    }

    @Test
    void theDefaultSocketWinsWhenItAnswers() throws IOException {
        listen(defaultSocket);
        listen(runtime.resolve("docker.sock"));
        WellKnownSockets.Result r = sockets().find();
        assertEquals(defaultSocket, r.answered().path());
        assertEquals(1, r.tried().size());
        Endpoint e = WellKnownEndpoint.find(sockets());
        assertEquals(EndpointSource.DEFAULT, e.source());
        assertEquals("the default socket", e.detail());
    }

    @Test
    void aFoundSocketSaysWhichAndWhy() throws IOException {
        listen(runtime.resolve("podman/podman.sock"));
        Endpoint e = WellKnownEndpoint.find(sockets());
        assertEquals("unix://" + runtime.resolve("podman/podman.sock"), e.host());
        assertEquals(EndpointSource.WELL_KNOWN, e.source());
        assertTrue(e.detail().contains("rootless Podman") && e.detail().contains(defaultSocket + ": no socket"), e.detail());
    }

    @Test
    void whenNoneAnswersTheDetailListsWhatWasTried() {
        WellKnownSockets.Result r = sockets().find();
        assertNull(r.answered());
        assertEquals(9, r.tried().size());
        Endpoint e = WellKnownEndpoint.find(sockets());
        assertEquals(EndpointSource.DEFAULT, e.source());
        assertEquals(EndpointResolver.DEFAULT_HOST, e.host());
        for (WellKnownSockets.Candidate c : sockets().candidates().subList(1, 9)) {
            assertTrue(e.detail().contains(c.path() + " (" + c.product() + "): no socket"), e.detail());
        }
    }

    @Test
    void theResolverFallsBackOnlyWhenNothingNamesADaemon() throws IOException {
        listen(home.resolve(".orbstack/run/docker.sock"));
        env.put("DOCKER_HOST", "unix:///named.sock");
        assertEquals("unix:///named.sock", new EndpointResolver(env::get).resolve(null, null).host());
        env.remove("DOCKER_HOST");
        Endpoint e = new EndpointResolver(env::get).resolve(null, null);
        // this machine's /var/run/docker.sock decides whether OrbStack's socket is reached
        if (!WellKnownSockets.probe(Path.of("/var/run/docker.sock")).equals("answered")) {
            assertEquals("unix://" + home.resolve(".orbstack/run/docker.sock"), e.host());
            assertEquals(EndpointSource.WELL_KNOWN, e.source());
        } else {
            assertEquals(EndpointSource.DEFAULT, e.source());
        }
    }
}
