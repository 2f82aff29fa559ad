package dev.dockscope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the common code paths of one family of commands once, in-process and with output discarded, so that the
 * launcher's start-up archive for that family (made at the exit of this run) holds the classes its runs load. A JDK
 * 24+ AOT cache loads and links every class it holds when the JVM starts, whether the run needs it or not, so one
 * cache for every command made each run pay for all of them (bench/README.md, "Start-up, sixth pass"): the launcher
 * keeps one archive per family and names the family after the command of the run. {@code lint} trains the linter
 * on a typical Dockerfile ({@link #TRAINING_DOCKERFILE}). {@code daemon} trains the commands that read the daemon, and the overview: {@code image REF}
 * runs against a stand-in daemon on a temp unix socket that answers the requests it makes with a small busybox image,
 * so that the socket, HTTP and image-record classes are archived too. {@code other} trains help, the cards, the
 * tour, and the runs that read whole images ({@code --archive}, {@code --files}). {@code all} (no argument) trains
 * every one of these.
 * Not a user command.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * What the lint runs train on: two stages and most instructions in their usual forms (shell and exec form, a
     * build argument, variables, a package install, a copy from a stage, a health check), so that the archive holds
     * the rule and parser paths a typical Dockerfile takes, not only a five-line one's.
     */
    static final String TRAINING_DOCKERFILE = String.join("\n",
            "# syntax=docker/dockerfile:1",
            "ARG PY=3.12",
            "FROM python:${PY}-slim AS build",
            "ENV PIP_NO_CACHE_DIR=1 APP_HOME=/app",
            "WORKDIR $APP_HOME",
            "RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*",
            "COPY requirements.txt .",
            "RUN pip install -r requirements.txt",
            "COPY . .",
            "FROM python:${PY}-slim",
            "LABEL org.opencontainers.image.source=\"https://example.com/app\"",
            "COPY --from=build /app /app",
            "USER 1000",
            "EXPOSE 8000",
            "VOLUME [\"/data\"]",
            "HEALTHCHECK --interval=30s CMD [\"python\", \"-c\", \"print(1)\"]",
            "ENTRYPOINT [\"python\", \"-m\", \"app\"]",
            "CMD [\"--port\", \"8000\"]",
            "");

    /** The families the launcher names, each with the runs that train it; {@code all} is every one of them. */
    static final List<String> FAMILIES = List.of("lint", "daemon", "other", "all");

    /**
     * {@code FAMILY [json]}: trains {@code FAMILY}'s runs, as text, or with {@code -o json} when the second argument
     * says so (a JSON run loads the object mapper's classes, a few hundred of them, which a text run does without).
     */
    public static void main(String[] args) throws IOException {
        String family = args.length > 0 ? args[0] : "all";
        boolean json = args.length > 1 && args[1].equals("json");
        if (!FAMILIES.contains(family) || args.length > 1 && !json) {
            throw new IllegalArgumentException("usage: CdsTraining [FAMILY [json]], FAMILY one of " + FAMILIES);
        }
        Path dir = Files.createTempDirectory("dockscope-cds");
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, TRAINING_DOCKERFILE);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        String noDaemon = "unix:///nonexistent/dockscope-cds-training.sock";
        for (String[] run : runs(family, json, dockerfile)) {
            Dockscope.run(nowhere, nowhere, name -> name.equals("DOCKER_HOST") ? noDaemon : null, run);
        }
        if (family.equals("daemon") || family.equals("all")) {
            againstStandInDaemon(dir, nowhere, List.<String[]>of(json ? STAND_IN_JSON : STAND_IN_TEXT));
        }
        // the real entry point and its environment lambda (main itself would exit)
        if (Main.ENV.apply("PATH") == null) {
            nowhere.println();
        }
        Files.delete(dockerfile);
        Files.delete(dir);
        // as Main does: on JDK 21+ System.exit loads the platform logger (about 25 classes), archived too this way
        System.exit(0);
    }

    /**
     * The runs that train {@code family} (besides the stand-in daemon's, for {@code daemon}), each with {@code -o json}
     * added when {@code json}.
     */
    static List<String[]> runs(String family, boolean json, Path dockerfile) {
        List<String[]> lint = List.<String[]>of(new String[] {"lint", "--fail-on", "none", dockerfile.toString()});
        List<String[]> daemon = List.<String[]>of(new String[] {"version"});
        List<String[]> other = List.of(
                new String[] {"--help"},
                new String[] {"tour", "--sample", "--no-pause"},
                new String[] {"learn", "image", "--no-live"},
                new String[] {"learn", "container"},
                new String[] {"image", "--archive", "-", "--files"});
        List<String[]> runs = switch (family) {
            case "lint" -> lint;
            case "daemon" -> daemon;
            case "other" -> other;
            default -> Stream.of(other, daemon, lint, List.of(new String[] {"lint", "--rules"},
                    new String[] {"lint", "--fail-on", "none", dockerfile.getParent().toString()}))
                    .flatMap(List::stream).toList();
        };
        if (!json) {
            return runs;
        }
        return runs.stream().map(r -> Stream.concat(Stream.of(r), Stream.of("-o", "json")).toArray(String[]::new))
                .toList();
    }

    static final String[] STAND_IN_TEXT = {"image", "app:1"};
    static final String[] STAND_IN_JSON = {"image", "app:1", "-o", "json"};

    /** {@code runs} against the stand-in daemon; their exit codes. */
    static List<Integer> againstStandInDaemon(Path dir, PrintStream out, List<String[]> runs) throws IOException {
        Path socket = dir.resolve("docker.sock");
        List<Integer> codes = new ArrayList<>();
        try (ServerSocketChannel daemon = standInDaemon(socket)) {
            String host = "unix://" + socket;
            for (String[] run : runs) {
                codes.add(Dockscope.run(out, out, name -> name.equals("DOCKER_HOST") ? host : null, run));
            }
        } finally {
            Files.deleteIfExists(socket);
        }
        return codes;
    }

    private static final String ID = "sha256:c6db093e7fbf78e3888e101b869b3ac7cad288bd405c338af0ad81b0d38edac3";
    private static final String PARENT = "sha256:28d18998c747b6910861adfe6c7baf0c8b8cb75c215064f74288cb03d4230cf0";
    private static final String CONFIG = "{\"Hostname\":\"\",\"User\":\"\",\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:"
            + "/usr/sbin:/usr/bin:/sbin:/bin\"],\"Cmd\":[\"sh\"],\"Image\":\"" + PARENT + "\",\"Volumes\":null,"
            + "\"WorkingDir\":\"\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null}";
    /** What a docker 20.10 daemon answered for a four-layer busybox image built FROM scratch (bench/startup). */
    private static final String INSPECT = "{\"Id\":\"" + ID + "\",\"RepoTags\":[\"app:1\"],\"RepoDigests\":[],"
            + "\"Parent\":\"" + PARENT + "\",\"Comment\":\"\",\"Created\":\"2026-12-01T14:43:16.467992972Z\","
            + "\"ContainerConfig\":" + CONFIG + ",\"DockerVersion\":\"20.10.24\",\"Author\":\"\",\"Config\":" + CONFIG
            + ",\"Architecture\":\"amd64\",\"Os\":\"linux\",\"Size\":1985478,\"VirtualSize\":1985478,"
            + "\"GraphDriver\":{\"Data\":{\"LowerDir\":\"/x/diff\",\"MergedDir\":\"/y/merged\",\"UpperDir\":\"/y/diff\","
            + "\"WorkDir\":\"/y/work\"},\"Name\":\"overlay2\"},\"RootFS\":{\"Type\":\"layers\",\"Layers\":["
            + "\"sha256:7d96cdc45e8b822107af20b181d28b93ac5397c0e970ddc9c1aeb63813329e6f\","
            + "\"sha256:f3a711faf4eccc6899c666bb87eea4e6012e442a2aecadb744ae62349a48e45e\","
            + "\"sha256:03364e36d64de258d49c8063d12d0cea6d9f74730e32e0f7df503de51e4a1904\"]},"
            + "\"Metadata\":{\"LastTagTime\":\"2026-12-01T14:43:16.884764647Z\"}}";
    private static final String HISTORY = "[{\"Comment\":\"\",\"Created\":1796136196,\"CreatedBy\":\"/bin/sh -c #(nop)  "
            + "CMD [\\\"sh\\\"]\",\"Id\":\"" + ID + "\",\"Size\":0,\"Tags\":[\"app:1\"]},{\"Comment\":\"\","
            + "\"Created\":1796136195,\"CreatedBy\":\"/bin/sh -c echo hello > /greeting\",\"Id\":\"" + PARENT + "\","
            + "\"Size\":6,\"Tags\":null},{\"Comment\":\"\",\"Created\":1796136194,\"CreatedBy\":\"/bin/busybox --install "
            + "-s /bin\",\"Id\":\"<missing>\",\"Size\":3216,\"Tags\":null},{\"Comment\":\"\",\"Created\":1796136193,"
            + "\"CreatedBy\":\"/bin/sh -c #(nop) COPY file:73e2b2d4 in /bin/busybox \",\"Id\":\"<missing>\","
            + "\"Size\":1982256,\"Tags\":null}]";
    private static final String LIST = "[{\"Containers\":-1,\"Created\":1796136196,\"Id\":\"" + ID + "\",\"Labels\":null,"
            + "\"ParentId\":\"" + PARENT + "\",\"RepoDigests\":null,\"RepoTags\":[\"app:1\"],\"SharedSize\":-1,"
            + "\"Size\":1985478,\"VirtualSize\":1985478}]";

    /** A daemon stand-in on a unix socket: one answer per connection, as the client asks (Connection: close). */
    private static ServerSocketChannel standInDaemon(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            while (server.isOpen()) {
                try (SocketChannel c = server.accept()) {
                    answer(c);
                } catch (IOException | RuntimeException e) {
                    // closed at the end of the training, or a client that went away: nothing to do
                }
            }
        }, "cds-training-daemon");
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static void answer(SocketChannel c) throws IOException {
        InputStream in = Channels.newInputStream(c);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int matched = 0;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String line = head.toString(StandardCharsets.ISO_8859_1);
        String path = line.split(" ", 3).length > 1 ? line.split(" ", 3)[1] : "/";
        String status = "200 OK";
        String type = "application/json";
        String body;
        if (path.endsWith("/_ping")) {
            body = "OK";
            type = "text/plain; charset=utf-8";
        } else if (path.startsWith("/images/json")) {
            body = LIST;
        } else if (path.endsWith("/history")) {
            body = HISTORY;
        } else if (path.startsWith("/images/app:1/json") || path.startsWith("/images/" + ID + "/json")) {
            body = INSPECT;
        } else {
            status = "404 Not Found";
            body = "{\"message\":\"No such object\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String response = "HTTP/1.1 " + status + "\r\nApi-Version: 1.41\r\nContent-Type: " + type
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        ByteBuffer out = ByteBuffer.allocate(response.length() + bytes.length);
        out.put(response.getBytes(StandardCharsets.ISO_8859_1)).put(bytes).flip();
        while (out.hasRemaining()) {
            c.write(out);
        }
    }
}
