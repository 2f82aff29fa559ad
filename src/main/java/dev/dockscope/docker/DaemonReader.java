package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.source.CappedInputStream;
import dev.dockscope.render.json.Json;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The whole contract with the daemon: a small set of read-only calls (GET and HEAD only, enforced by
 * {@link ReadOnlyHttpClient}). Paths are unversioned, so the daemon answers at its own API version; this works with
 * Engine 20.10 (API 1.41) and current engines alike. The JSON methods here are the transport and are package-private:
 * the API for the rest of dockscope is {@link Engine}, which returns immutable, sanitised records; only the endpoint,
 * the ping, the API check and the image export stream are public.
 */
public final class DaemonReader implements Closeable {
    /** The oldest API we speak: Engine 19.03. */
    public static final String MIN_API_VERSION = "1.40";

    private final Endpoint endpoint;
    private final DockerHttpClient http;
    private final UnaryOperator<DockerHttpClient> decorate;
    private DockerHttpClient streams;

    private final Timeouts timeouts;

    public DaemonReader(Endpoint endpoint) {
        this(endpoint, UnaryOperator.identity());
    }

    /** {@code decorate} wraps the transport (tests use it to record every request). */
    public DaemonReader(Endpoint endpoint, UnaryOperator<DockerHttpClient> decorate) {
        this(endpoint, decorate, Timeouts.DEFAULT);
    }

    public DaemonReader(Endpoint endpoint, UnaryOperator<DockerHttpClient> decorate, Timeouts timeouts) {
        this.endpoint = endpoint;
        this.timeouts = timeouts;
        DockerHttpClient calls = decorate.apply(transport(endpoint, timeouts));
        this.http = new ReadOnlyHttpClient(calls);
        this.decorate = decorate;
    }

    /** Exports: no total deadline, but bounded by inactivity; a second client, made on first use. */
    private DockerHttpClient streams() {
        if (streams == null) {
            streams = new ReadOnlyHttpClient(decorate.apply(transport(endpoint, timeouts.forStreams())));
        }
        return streams;
    }

    /**
     * unix:// through the JDK's sockets (fast to start); ssh:// through {@code ssh … docker system dial-stdio};
     * tcp:// (with or without TLS) through the Apache client.
     */
    private static DockerHttpClient transport(Endpoint endpoint, Timeouts timeouts) {
        if (endpoint.host().startsWith("unix://")) {
            return new UnixSocketHttpClient(java.nio.file.Path.of(endpoint.host().substring("unix://".length())), timeouts);
        }
        if (endpoint.host().startsWith("ssh://")) {
            return new SshDialStdioHttpClient(SshTarget.parse(endpoint.host()), "ssh", timeouts.firstByte());
        }
        ApacheDockerHttpClient.Builder b = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(endpoint.host()))
                .maxConnections(8)
                .connectionTimeout(timeouts.connect())
                .responseTimeout(timeouts.inactivity());
        if (endpoint.tls()) {
            b.sslConfig(TlsMaterial.sslConfig(endpoint));
        }
        return new DeadlineHttpClient(b.build(), timeouts, endpoint.host());
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    // ---- system ---------------------------------------------------------------------------------------------

    /** {@code GET /_ping}: the API version header, or the failure mapped to an exit code. */
    public String ping() {
        try (Response r = send("/_ping", "daemon")) {
            String v = r.getHeader("Api-Version");
            return v;
        }
    }

    /** Pings the daemon and fails with exit 3 when its API is older than {@link #MIN_API_VERSION}. */
    public void requireSupportedApi() {
        String api = ping();
        if (api != null && compareVersions(api, MIN_API_VERSION) < 0) {
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the daemon at " + endpoint.host() + " speaks API "
                    + api + ", older than the " + MIN_API_VERSION + " dockscope needs.",
                    "Upgrade Docker Engine to 19.03 or newer.");
        }
    }

    /** Compares dotted versions numerically: 1.9 < 1.41. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    JsonNode version() {
        return json("/version", "daemon");
    }

    JsonNode info() {
        return json("/info", "daemon");
    }

    /** {@code GET /system/df}: disk usage by images, containers, volumes and build cache. */
    JsonNode systemDf() {
        return json("/system/df", "disk usage");
    }

    // ---- images ---------------------------------------------------------------------------------------------

    JsonNode images() {
        return json("/images/json?all=false", "image list");
    }

    JsonNode imageInspect(String ref) {
        // manifests=true: engines with the containerd store (API 1.48+) list the platforms of an index; others ignore it
        return json("/images/" + enc(ref) + "/json?manifests=true", "image \"" + ref + "\"");
    }

    JsonNode imageHistory(String ref) {
        return json("/images/" + enc(ref) + "/history", "image \"" + ref + "\"");
    }

    /** {@code GET /images/{ref}/get}: the {@code docker save} tar, streamed. The caller closes it. */
    public InputStream imageExport(String ref) {
        Response r = send(streams(), "/images/" + enc(ref) + "/get", "image \"" + ref + "\"");
        return new FilterInputStream(r.getBody()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    r.close();
                }
            }
        };
    }

    // ---- containers -----------------------------------------------------------------------------------------

    JsonNode containers(boolean all) {
        return json("/containers/json?all=" + all + "&size=false", "container list");
    }

    JsonNode containerInspect(String idOrName) {
        return json("/containers/" + enc(idOrName) + "/json?size=true", "container \"" + idOrName + "\"");
    }

    /** One stats sample ({@code stream=false}). */
    JsonNode containerStats(String id) {
        return json("/containers/" + enc(id) + "/stats?stream=false", "container \"" + id + "\"");
    }


    /** {@code GET /containers/{id}/top}, or null when the container is not running (the daemon answers 409). */
    JsonNode containerTopIfRunning(String id) {
        Response r = send(http, "/containers/" + enc(id) + "/top", "container \"" + id + "\"", true);
        if (r == null) {
            return null;
        }
        return read(r, "container \"" + id + "\"");
    }

    /** {@code GET /containers/{id}/changes}: what the writable layer added, changed and deleted (null when nothing). */
    JsonNode containerChanges(String id) {
        return json("/containers/" + enc(id) + "/changes", "container \"" + id + "\"");
    }

    // ---- networks and volumes -------------------------------------------------------------------------------

    JsonNode networks() {
        return json("/networks", "network list");
    }

    JsonNode networkInspect(String idOrName) {
        return json("/networks/" + enc(idOrName), "network \"" + idOrName + "\"");
    }

    JsonNode volumes() {
        return json("/volumes", "volume list");
    }

    JsonNode volumeInspect(String name) {
        return json("/volumes/" + enc(name), "volume \"" + name + "\"");
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private JsonNode json(String path, String what) {
        return read(send(path, what), what);
    }

    private JsonNode read(Response response, String what) {
        try (Response r = response) {
            return Json.MAPPER.readTree(capped(r.getBody(), what));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** A JSON answer is read whole: one larger than {@link Timeouts#maxJsonBytes()} is refused with exit 3. */
    private InputStream capped(InputStream body, String what) {
        long max = timeouts.maxJsonBytes();
        return new CappedInputStream(body, () -> max, (count, cap) -> new DockscopeException(
                ExitCode.DAEMON_UNREACHABLE, "the daemon at " + endpoint.host() + " sent more than " + (max >> 20)
                        + " MB for the " + what + "; refusing to read further.",
                "A Docker daemon's answers are far smaller; check what listens at that address."));
    }

    private Response send(String path, String what) {
        return send(http, path, what);
    }

    private Response send(DockerHttpClient client, String path, String what) {
        return send(client, path, what, false);
    }

    /** With {@code conflictIsNull}, a 409 (e.g. top of a stopped container) gives null instead of an error. */
    private Response send(DockerHttpClient client, String path, String what, boolean conflictIsNull) {
        Response r;
        try {
            r = client.execute(Request.builder().method(Request.Method.GET).path(path).build());
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        int status = r.getStatusCode();
        if (status >= 200 && status < 300) {
            return r;
        }
        if (status == 409 && conflictIsNull) {
            r.close();
            return null;
        }
        ErrorBody body = errorBody(r);
        String message = body.message();
        r.close();
        if (status == 404) {
            // a Docker daemon says "no such object" in a JSON body, and only for a named object: a 404 on a
            // daemon-wide path, or one without that body, comes from something that is not a Docker Engine API
            if (body.fromEngine() && objectPath(path)) {
                throw new DockscopeException(ExitCode.NOT_FOUND, what + " not found" + (message.isEmpty() ? "" : ": " + message));
            }
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the endpoint " + endpoint.host() + " (from "
                    + endpoint.detail() + ") answered 404 for " + pathOnly(path) + ": it does not speak the Docker "
                    + "Engine API.", "Is something else listening at that address (a web server, a proxy)? Check "
                    + "--host / DOCKER_HOST / the context.");
        }
        if (status == 400 && message.contains("version")) {
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the daemon at " + endpoint.host()
                    + " refused the request: " + message, "dockscope needs Docker Engine API " + MIN_API_VERSION
                    + " or newer (Engine 19.03+); upgrade the engine.");
        }
        throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the daemon at " + endpoint.host() + " answered "
                + status + " for " + what + (message.isEmpty() ? "" : ": " + message));
    }

    /** An error answer's message; {@code fromEngine} when it has the Engine's JSON shape ({@code {"message": …}}). */
    private record ErrorBody(String message, boolean fromEngine) {
    }

    private static ErrorBody errorBody(Response r) {
        try (InputStream in = r.getBody()) {
            if (in == null) {
                return new ErrorBody("", false);
            }
            byte[] bytes = in.readNBytes(4096);
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
                JsonNode node = Json.MAPPER.readTree(text);
                if (node != null && node.has("message")) {
                    return new ErrorBody(node.get("message").asText(), true);
                }
            } catch (IOException ignored) {
                // not JSON: use the text
            }
            String plain = text.strip().replaceAll("\\s+", " ");
            return new ErrorBody(plain.length() > 200 ? plain.substring(0, 200) + "…" : plain, false);
        } catch (IOException | RuntimeException e) {
            return new ErrorBody("", false);
        }
    }

    /** Paths that name one object ({@code /images/NAME/json}, {@code /volumes/NAME}): the only ones a daemon 404s. */
    static boolean objectPath(String path) {
        String p = pathOnly(path);
        return p.matches("/(images|containers|networks|volumes)/[^/]+(/.*)?") && !p.matches("/(images|containers)/json");
    }

    private static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** Maps a transport failure to exit 3 with a message naming the endpoint, its source and the usual fix. */
    DockscopeException unreachable(Exception e) {
        String chain = causeChain(e);
        String where = endpoint.host() + " (from " + endpoint.detail() + ")";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DaemonTimeoutException timeout) {
                return new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "the Docker daemon at " + where
                        + " is too slow: " + timeout.getMessage() + ".", "Is the daemon overloaded, or is something "
                        + "else listening there? Raise the limit with --timeout SECONDS.", e);
            }
        }
        if (chain.contains("Permission denied") || chain.contains("EACCES") || chain.contains("AccessDenied")) {
            return new DockscopeException(ExitCode.DAEMON_UNREACHABLE,
                    "permission denied on the Docker socket " + where + ".",
                    "Your user may not read the socket: add it to the docker group (sudo usermod -aG docker $USER, "
                            + "then log in again), or run a rootless daemon and point DOCKER_HOST at it.", e);
        }
        if (endpoint.host().startsWith("ssh://")) {
            return SshFailure.of(endpoint, where, e);
        }
        DockscopeException tls = TlsFailure.of(endpoint, where, e);
        if (tls != null) {
            return tls;
        }
        String hint = endpoint.host().startsWith("unix://")
                ? "Is Docker running? Start it (e.g. `sudo systemctl start docker`, or Docker Desktop), "
                        + "or point --host / DOCKER_HOST at a running daemon."
                : "Is the daemon listening there, and is the address right? Check --host / DOCKER_HOST / the context.";
        return new DockscopeException(ExitCode.DAEMON_UNREACHABLE,
                "cannot reach the Docker daemon at " + where + ": " + shortReason(chain) + ".", hint, e);
    }

    private static String causeChain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return b.toString();
    }

    private static String shortReason(String chain) {
        if (chain.contains("No such file") || chain.contains("NoSuchFile") || chain.contains("ENOENT")) {
            return "no socket at that path";
        }
        if (chain.contains("Connection refused") || chain.contains("ConnectException")) {
            return "connection refused";
        }
        if (chain.contains("Timeout") || chain.contains("timed out")) {
            return "timed out";
        }
        if (chain.contains("UnknownHost")) {
            return "unknown host";
        }
        return "connection failed";
    }

    private static String enc(String s) {
        // names keep their slashes, colons and @ (the daemon's router expects them as they are)
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("%3A", ":").replace("%40", "@");
    }

    @Override
    public void close() {
        try {
            http.close();
            if (streams != null) {
                streams.close();
            }
        } catch (IOException ignored) {
            // closing a connection pool: nothing to report
        }
    }
}
