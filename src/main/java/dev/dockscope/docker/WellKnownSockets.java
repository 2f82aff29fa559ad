package dev.dockscope.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where daemons listen when nothing names one: the default socket, then rootless Docker, Docker Desktop, Colima,
 * Podman and OrbStack, in that order. The first socket that accepts a connection wins; every one tried is kept with
 * what happened, so {@code dockscope version} can say why one was chosen and an error can list them all.
 */
public final class WellKnownSockets {
    /** A place a daemon may listen, with the product it belongs to. */
    public record Candidate(String product, Path path) {
    }

    /** One socket tried and what happened: {@code answered}, {@code no socket}, {@code connection refused}, … */
    public record Probe(Candidate candidate, String outcome) {
        public String describe() {
            return candidate.path() + " (" + candidate.product() + "): " + outcome;
        }
    }

    /** The socket that answered (null when none did) and every one tried, in order. */
    public record Result(Candidate answered, List<Probe> tried) {
    }

    private final Function<String, String> env;
    private final Path defaultSocket;

    public WellKnownSockets(Function<String, String> env, Path defaultSocket) {
        this.env = env;
        this.defaultSocket = defaultSocket;
    }

    /** Every candidate, in the order they are tried (those under an unset XDG_RUNTIME_DIR are left out). */
    public List<Candidate> candidates() {
        List<Candidate> c = new ArrayList<>();
        c.add(new Candidate("the default socket", defaultSocket));
        String runtime = env("XDG_RUNTIME_DIR");
        Path home = Path.of(env("HOME") != null ? env("HOME") : System.getProperty("user.home"));
        if (runtime != null) {
            c.add(new Candidate("rootless Docker", Path.of(runtime, "docker.sock")));
        }
        c.add(new Candidate("Docker Desktop", home.resolve(".docker/run/docker.sock")));
        c.add(new Candidate("Docker Desktop", home.resolve(".docker/desktop/docker.sock")));
        c.add(new Candidate("Colima", home.resolve(".colima/default/docker.sock")));
        c.add(new Candidate("Colima", home.resolve(".colima/docker.sock")));
        if (runtime != null) {
            c.add(new Candidate("rootless Podman", Path.of(runtime, "podman/podman.sock")));
        }
        c.add(new Candidate("Podman", Path.of("/run/podman/podman.sock")));
        c.add(new Candidate("OrbStack", home.resolve(".orbstack/run/docker.sock")));
        return c;
    }

    /** Tries each candidate in order until one accepts a connection. */
    public Result find() {
        List<Probe> tried = new ArrayList<>();
        for (Candidate c : candidates()) {
            String outcome = probe(c.path());
            tried.add(new Probe(c, outcome));
            if (outcome.equals("answered")) {
                return new Result(c, List.copyOf(tried));
            }
        }
        return new Result(null, List.copyOf(tried));
    }

    /** Connects and hangs up at once: a socket file left by a stopped daemon refuses the connection. */
    static String probe(Path socket) {
        if (!Files.exists(socket)) {
            return "no socket";
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            return "answered";
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Permission denied")) {
                return "permission denied";
            }
            if (m.contains("Connection refused")) {
                return "connection refused (no daemon behind it)";
            }
            return "not a socket that answers (" + m + ")";
        } catch (RuntimeException e) {
            return "cannot connect (" + e.getMessage() + ")";
        }
    }

    private String env(String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? null : v;
    }
}
