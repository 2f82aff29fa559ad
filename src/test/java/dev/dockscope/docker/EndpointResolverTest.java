package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointResolverTest {
    @TempDir
    Path config;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void emptyConfig() {
        env.put("DOCKER_CONFIG", config.toString());
    }

    private Endpoint resolve(String hostFlag, String contextFlag) {
        return new EndpointResolver(env::get).resolve(hostFlag, contextFlag);
    }

    private void context(String name, String host) throws IOException {
        Path meta = config.resolve("contexts/meta").resolve(EndpointResolver.sha256(name));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }

    private void currentContext(String name) throws IOException {
        Files.writeString(config.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
    }

    @Test
    void defaultSocketWhenNothingIsSet() {
        Endpoint e = resolve(null, null);
        assertEquals("unix:///var/run/docker.sock", e.host());
        assertEquals(EndpointSource.DEFAULT, e.source());
    }

    @Test
    void hostFlagBeatsEverything() throws IOException {
        env.put("DOCKER_HOST", "unix:///env.sock");
        env.put("DOCKER_CONTEXT", "ctx");
        context("ctx", "unix:///ctx.sock");
        Endpoint e = resolve("tcp://10.0.0.1:2375", "ctx");
        assertEquals("tcp://10.0.0.1:2375", e.host());
        assertEquals(EndpointSource.HOST_FLAG, e.source());
    }

    @Test
    void dockerHostEnvBeatsContextFlag() throws IOException {
        env.put("DOCKER_HOST", "unix:///env.sock");
        context("ctx", "unix:///ctx.sock");
        Endpoint e = resolve(null, "ctx");
        assertEquals("unix:///env.sock", e.host());
        assertEquals(EndpointSource.DOCKER_HOST_ENV, e.source());
    }

    @Test
    void dockerHostEnvBeatsCurrentContext() throws IOException {
        env.put("DOCKER_HOST", "unix:///env.sock");
        context("remote", "tcp://remote:2376");
        currentContext("remote");
        assertEquals(EndpointSource.DOCKER_HOST_ENV, resolve(null, null).source());
    }

    @Test
    void contextFlagBeatsDockerContextEnv() throws IOException {
        context("a", "unix:///a.sock");
        context("b", "unix:///b.sock");
        env.put("DOCKER_CONTEXT", "b");
        Endpoint e = resolve(null, "a");
        assertEquals("unix:///a.sock", e.host());
        assertEquals(EndpointSource.CONTEXT_FLAG, e.source());
        assertEquals("a", e.context());
    }

    @Test
    void dockerContextEnvBeatsCurrentContext() throws IOException {
        context("a", "unix:///a.sock");
        context("b", "unix:///b.sock");
        currentContext("a");
        env.put("DOCKER_CONTEXT", "b");
        Endpoint e = resolve(null, null);
        assertEquals("unix:///b.sock", e.host());
        assertEquals(EndpointSource.DOCKER_CONTEXT_ENV, e.source());
    }

    @Test
    void currentContextIsReadFromConfigJson() throws IOException {
        context("colima", "unix:///home/u/.colima/default/docker.sock");
        currentContext("colima");
        Endpoint e = resolve(null, null);
        assertEquals("unix:///home/u/.colima/default/docker.sock", e.host());
        assertEquals(EndpointSource.CURRENT_CONTEXT, e.source());
        assertTrue(e.detail().contains("config.json"), e.detail());
        assertFalse(e.tls());
    }

    @Test
    void defaultContextMeansDefaultSocket() throws IOException {
        currentContext("default");
        Endpoint e = resolve(null, null);
        assertEquals("unix:///var/run/docker.sock", e.host());
        assertEquals(EndpointSource.CURRENT_CONTEXT, e.source());
    }

    @Test
    void contextTlsMaterialIsUsed() throws IOException {
        context("secure", "tcp://docker.example:2376");
        Path tls = config.resolve("contexts/tls").resolve(EndpointResolver.sha256("secure")).resolve("docker");
        Files.createDirectories(tls);
        Endpoint e = resolve(null, "secure");
        assertEquals(tls.toString(), e.certPath());
        assertTrue(e.tlsVerify());
    }

    @Test
    void tlsFromEnvironment() {
        env.put("DOCKER_HOST", "tcp://docker.example:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/certs");
        Endpoint e = resolve(null, null);
        assertEquals("/certs", e.certPath());
        assertTrue(e.tlsVerify());
    }

    @Test
    void plainTcpHasNoTls() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
        assertNull(resolve(null, null).certPath());
    }

    @Test
    void missingContextIsAUsageError() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> resolve(null, "nope"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
    }

    @Test
    void unsupportedSchemesAreUsageErrors() {
        assertEquals(ExitCode.USAGE, assertThrows(DockscopeException.class,
                () -> resolve("npipe:////./pipe/docker_engine", null)).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(DockscopeException.class,
                () -> resolve("ssh://me@host/var/run/docker.sock", null)).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(DockscopeException.class,
                () -> resolve("/var/run/docker.sock", null)).exitCode());
    }

    @Test
    void sshEndpointsAreTakenAsTheyAre() {
        Endpoint e = resolve("ssh://me@build-host:2222", null);
        assertEquals("ssh://me@build-host:2222", e.host());
        assertFalse(e.tls());
    }

    @Test
    void corruptConfigJsonIsAUsageError() throws IOException {
        Files.writeString(config.resolve("config.json"), "{not json");
        assertEquals(ExitCode.USAGE, assertThrows(DockscopeException.class, () -> resolve(null, null)).exitCode());
    }

    @Test
    void configDirDefaultsToHomeDotDocker() {
        env.remove("DOCKER_CONFIG");
        env.put("HOME", "/home/someone");
        assertEquals(Path.of("/home/someone/.docker"), new EndpointResolver(env::get).configDir());
    }

    /** Found by EndpointFuzzTest: any letters passed as an IPv6 literal, and the transport's URI parser then threw. */
    @Test
    void bracketsHoldOnlyAnIpv6Address() {
        for (String bad : java.util.List.of("tcp://[defaulttssz]:2375", "tcp://[x]", "tcp://[]:1", "tcp://[1::2::3]",
                "tcp://[::1%]:2375", "tcp://[g::1]")) {
            DockscopeException e = assertThrows(DockscopeException.class,
                    () -> EndpointSyntax.normalise(bad, "--host", false), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
        }
        assertEquals("tcp://[::1]:2375", EndpointSyntax.normalise("tcp://[::1]", "--host", false));
        assertEquals("tcp://[fe80::1%eth0]:2376", EndpointSyntax.normalise("tcp://[fe80::1%eth0]", "--host", true));
        assertEquals("tcp://[::ffff:10.0.0.1]:9", EndpointSyntax.normalise("tcp://[::ffff:10.0.0.1]:9", "--host", false));
    }
}
