package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.render.json.JsonProblem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Finds the daemon the way the docker CLI does: {@code --host} > {@code DOCKER_HOST} > {@code --context} >
 * {@code DOCKER_CONTEXT} > {@code currentContext} in {@code $DOCKER_CONFIG/config.json} > the default socket, or
 * when it does not answer the first well-known socket that does ({@link WellKnownSockets}).
 * Context endpoints live in {@code contexts/meta/<sha256 of name>/meta.json}, their TLS material in
 * {@code contexts/tls/<sha256 of name>/docker/}.
 */
public final class EndpointResolver {
    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private final Function<String, String> env;

    public EndpointResolver(Function<String, String> env) {
        this.env = env;
    }

    public Endpoint resolve(String hostFlag, String contextFlag) {
        if (hostFlag != null && !hostFlag.isBlank()) {
            return fromHost(validateHost(hostFlag, "--host"), EndpointSource.HOST_FLAG, "the --host flag");
        }
        String dockerHost = env("DOCKER_HOST");
        if (dockerHost != null) {
            return fromHost(validateHost(dockerHost, "DOCKER_HOST"), EndpointSource.DOCKER_HOST_ENV,
                    "the DOCKER_HOST environment variable");
        }
        if (contextFlag != null && !contextFlag.isBlank()) {
            return fromContext(contextFlag, EndpointSource.CONTEXT_FLAG, "the --context flag");
        }
        String dockerContext = env("DOCKER_CONTEXT");
        if (dockerContext != null) {
            return fromContext(dockerContext, EndpointSource.DOCKER_CONTEXT_ENV, "the DOCKER_CONTEXT environment variable");
        }
        Path config = configDir().resolve("config.json");
        if (Files.isRegularFile(config)) {
            String current = readCurrentContext(config);
            if (current != null && !current.isBlank()) {
                return fromContext(current, EndpointSource.CURRENT_CONTEXT, "currentContext in " + config);
            }
        }
        return WellKnownEndpoint.find(new WellKnownSockets(env, Path.of(URI.create(DEFAULT_HOST).getPath())));
    }

    /** {@code $DOCKER_CONFIG}, else {@code ~/.docker}. */
    public Path configDir() {
        String dir = env("DOCKER_CONFIG");
        if (dir != null) {
            return Path.of(dir);
        }
        String home = env("HOME");
        return Path.of(home != null ? home : System.getProperty("user.home"), ".docker");
    }

    private Endpoint fromHost(String host, EndpointSource source, String detail) {
        boolean verify = truthy(env("DOCKER_TLS_VERIFY"));
        String certPath = env("DOCKER_CERT_PATH");
        if (host.startsWith("tcp://") && (verify || certPath != null)) {
            String path = certPath != null ? certPath : configDir().toString();
            return new Endpoint(host, source, detail, null, verify, path);
        }
        return new Endpoint(host, source, detail, null, false, null);
    }

    private Endpoint fromContext(String name, EndpointSource source, String detail) {
        if ("default".equals(name)) {
            return new Endpoint(DEFAULT_HOST, source, "context \"default\" from " + detail, "default", false, null);
        }
        String digest = sha256(name);
        Path meta = configDir().resolve("contexts").resolve("meta").resolve(digest).resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            throw new DockscopeException(ExitCode.USAGE,
                    "Docker context \"" + name + "\" (from " + detail + ") does not exist: no " + meta,
                    "List contexts with `docker context ls`, or pass --host.");
        }
        JsonNode root;
        try {
            root = JsonTree.parse(meta);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read Docker context \"" + name + "\": " + meta
                    + " is not valid JSON" + JsonProblem.where(e) + ".", "Fix or remove the file, or pass --host.", e);
        }
        JsonNode docker = root.path("Endpoints").path("docker");
        String host = docker.path("Host").asText(null);
        if (host == null || host.isBlank()) {
            throw new DockscopeException(ExitCode.USAGE,
                    "Docker context \"" + name + "\" has no docker endpoint in " + meta);
        }
        host = validateHost(host, "context \"" + name + "\"");
        Path tls = configDir().resolve("contexts").resolve("tls").resolve(digest).resolve("docker");
        boolean skipVerify = docker.path("SkipTLSVerify").asBoolean(false);
        String certPath = Files.isDirectory(tls) ? tls.toString() : null;
        return new Endpoint(host, source, "context \"" + name + "\" from " + detail, name,
                certPath != null && !skipVerify, certPath);
    }

    private static String readCurrentContext(Path config) {
        try {
            return JsonTree.parse(config).path("currentContext").asText(null);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read Docker CLI config " + config
                    + ": not valid JSON" + JsonProblem.where(e) + ".", "Fix or remove the file, or pass --host.", e);
        }
    }

    private String validateHost(String host, String origin) {
        boolean tls = truthy(env("DOCKER_TLS_VERIFY"));
        String normal = EndpointSyntax.normalise(host, origin, tls);
        if (normal != null) {
            return normal;
        }
        String shown = EndpointSyntax.shown(host);
        if (host.startsWith("npipe://")) {
            throw new DockscopeException(ExitCode.USAGE, "named pipes (" + shown + " from " + origin
                    + ") are not supported; use a unix://, tcp:// or ssh:// endpoint");
        }
        if (host.startsWith("ssh://")) {
            SshTarget.parse(host);
            return host;
        }
        throw new DockscopeException(ExitCode.USAGE, "cannot use daemon address \"" + shown + "\" from " + origin
                + ": expected unix:///path, tcp://host:port or ssh://[user@]host[:port]");
    }

    private String env(String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static boolean truthy(String v) {
        return v != null && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
