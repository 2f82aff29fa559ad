package dev.dockscope.docker;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.DockscopeException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Endpoint and context resolution on any flags, environment and context files: an endpoint a transport can open
 * (an absolute unix path, a tcp://host:port a URI parser accepts, never with user-info, or an ssh://[user@]host[:port]
 * the ssh transport accepts, without a password) or a
 * {@link DockscopeException}; nothing else. Seeds in {@code EndpointFuzzTestInputs/endpoint/}.
 */
class EndpointFuzzTest {
    private static final Path CONFIG;

    static {
        try {
            CONFIG = Files.createTempDirectory("dockscope-endpoint-fuzz");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void endpoint(FuzzedDataProvider data) throws IOException {
        String contextName = data.consumeString(20);
        String meta = data.consumeString(400);
        String current = data.consumeString(40);
        Map<String, String> env = new HashMap<>();
        env.put("DOCKER_CONFIG", CONFIG.toString());
        if (data.consumeBoolean()) {
            env.put("DOCKER_HOST", data.consumeString(120));
        }
        if (data.consumeBoolean()) {
            env.put("DOCKER_TLS_VERIFY", data.consumeBoolean() ? "1" : "0");
        }
        if (data.consumeBoolean()) {
            env.put("DOCKER_CONTEXT", contextName);
        }
        String hostFlag = data.consumeBoolean() ? data.consumeString(120) : null;
        String contextFlag = data.consumeBoolean() ? contextName : null;
        Path metaDir = CONFIG.resolve("contexts/meta/" + EndpointResolver.sha256(contextName));
        Files.createDirectories(metaDir);
        Files.writeString(metaDir.resolve("meta.json"), meta, StandardCharsets.UTF_8);
        Files.writeString(CONFIG.resolve("config.json"), "{\"currentContext\":\"" + current.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}", StandardCharsets.UTF_8);
        Endpoint e;
        try {
            e = new EndpointResolver(env::get).resolve(hostFlag, contextFlag);
        } catch (DockscopeException expected) {
            return;
        }
        String host = e.host();
        if (host.startsWith("unix://")) {
            if (!host.substring(7).startsWith("/")) {
                throw new AssertionError("a relative socket path: " + host);
            }
            Path.of(host.substring(7)); // must not throw
        } else if (host.startsWith("tcp://")) {
            URI u = URI.create(host);
            if (u.getHost() == null || u.getPort() < 1 || u.getUserInfo() != null) {
                throw new AssertionError("an endpoint no transport can open: " + host);
            }
        } else if (host.startsWith("ssh://")) {
            // the ssh transport's own parse must accept it, and nothing ssh could read as an option or a password
            SshTarget t = SshTarget.parse(host);
            if (t.host().isEmpty() || t.host().startsWith("-") || t.user() != null && (t.user().isEmpty()
                    || t.user().startsWith("-") || t.user().contains(":"))) {
                throw new AssertionError("an ssh endpoint the ssh command would misread: " + host);
            }
        } else {
            throw new AssertionError("an endpoint of an unknown kind: " + host);
        }
    }
}
