package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.Redaction;

/**
 * Checks and normalises a daemon address the way the docker CLI reads it, so a bad one is exit 2 with one line
 * (never a URI parser's exception): {@code unix:///path} (spaces allowed, as in Desktop home folders; the path is
 * taken as written, not URL-decoded) and {@code tcp://host[:port]} ({@code [v6]} literals, port 1–65535, default
 * 2375, or 2376 with TLS). User-info ({@code tcp://user:pass@host}) means nothing to the daemon: it is dropped and
 * never echoed.
 */
final class EndpointSyntax {
    private EndpointSyntax() {
    }

    /** The normalised address, or exit 2 naming {@code origin}. */
    static String normalise(String raw, String origin, boolean tls) {
        String host = raw.strip();
        if (host.startsWith("unix://")) {
            String path = host.substring("unix://".length());
            if (path.isEmpty()) {
                throw bad(raw, origin, "unix:// needs a socket path, as in unix:///var/run/docker.sock");
            }
            if (!path.startsWith("/")) {
                throw bad(raw, origin, "the socket path must be absolute (unix:///path/docker.sock)");
            }
            if (path.indexOf('\0') >= 0) {
                throw bad(raw, origin, "the socket path holds a NUL character");
            }
            return "unix://" + path;
        }
        if (host.startsWith("tcp://")) {
            String rest = host.substring("tcp://".length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                String tail = rest.substring(slash);
                if (!tail.equals("/")) {
                    throw bad(raw, origin, "a tcp:// address has no path (got \"" + tail + "\")");
                }
                rest = rest.substring(0, slash);
            }
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                rest = rest.substring(at + 1); // user-info: not used by the daemon, never shown
            }
            String name;
            String port;
            if (rest.startsWith("[")) {
                int close = rest.indexOf(']');
                if (close < 0) {
                    throw bad(raw, origin, "an IPv6 address opened with [ is never closed with ]");
                }
                name = rest.substring(0, close + 1);
                String after = rest.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    throw bad(raw, origin, "expected :PORT after the IPv6 address");
                }
                port = after.isEmpty() ? null : after.substring(1);
                // hex groups with colons (an IPv4 tail allowed), then an optional %zone: what a URI parser takes
                if (!name.substring(1, name.length() - 1).matches("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(?:%[A-Za-z0-9._~-]+)?")
                        || !isUriHost(name)) {
                    throw bad(raw, origin, "\"" + Redaction.urls(name) + "\" is not an IPv6 address");
                }
            } else {
                int colon = rest.lastIndexOf(':');
                if (colon >= 0 && rest.indexOf(':') != colon) {
                    throw bad(raw, origin, "an IPv6 address must be written in brackets, as in tcp://[::1]:2375");
                }
                name = colon < 0 ? rest : rest.substring(0, colon);
                port = colon < 0 ? null : rest.substring(colon + 1);
                if (name.isEmpty()) {
                    throw bad(raw, origin, "no host name before the port");
                }
                if (!isHostName(name)) {
                    throw bad(raw, origin, "\"" + Redaction.urls(name) + "\" is not a host name");
                }
            }
            int p = tls ? 2376 : 2375;
            if (port != null) {
                if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                    throw bad(raw, origin, "the port must be a number from 1 to 65535, got \"" + port + "\"");
                }
                p = Integer.parseInt(port);
            }
            return "tcp://" + name + ":" + p;
        }
        return null;
    }

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    /** RFC 1123 names whose last label starts with a letter (what a URI parser takes for a host). */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(?:" + LABEL + "\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.?");

    /** Whether the URI parser the transports use reads {@code [v6]} as a host (it checks the groups). */
    private static boolean isUriHost(String bracketed) {
        try {
            return new java.net.URI("tcp://" + bracketed + ":2375").getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean isHostName(String name) {
        if (IPV4.matcher(name).matches()) {
            for (String part : name.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return name.length() <= 253 && NAME.matcher(name).matches();
    }

    private static DockscopeException bad(String raw, String origin, String why) {
        return new DockscopeException(ExitCode.USAGE, "cannot use daemon address \"" + shown(raw) + "\" from "
                + origin + ": " + why + ".", "Give unix:///path/docker.sock or tcp://host:port.");
    }

    /** The address as it may be echoed: user-info redacted. */
    static String shown(String raw) {
        String r = Redaction.urls(raw);
        return r.length() > 200 ? r.substring(0, 200) + "…" : r;
    }
}
