package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.Redaction;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code ssh://[user@]host[:port]} endpoint, reached the way the docker CLI reaches it: an {@code ssh} subprocess
 * running {@code docker system dial-stdio} on the remote host, which carries the API over its stdin and stdout.
 * The user's ssh config, agent and known hosts apply; BatchMode stops ssh from prompting (dockscope has no terminal
 * to give it) and ConnectTimeout bounds an unreachable host.
 */
public record SshTarget(String user, String host, Integer port) {
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    public static SshTarget parse(String url) {
        if (!url.startsWith("ssh://")) {
            throw new IllegalArgumentException(url);
        }
        String shown = Redaction.urls(url); // never echo user-info: it may hold a password
        String rest = url.substring("ssh://".length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.isEmpty() || rest.contains("/") || rest.contains("?") || rest.contains("#")) {
            throw DockscopeException.usage("cannot use ssh endpoint \"" + shown + "\": expected ssh://[user@]host[:port] "
                    + "(no path; the remote docker's own default socket is used)");
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        Integer port = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            String p = rest.substring(colon + 1);
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw DockscopeException.usage("cannot use ssh endpoint \"" + shown + "\": port \"" + p + "\" is not a number from 1 to 65535");
            }
            rest = rest.substring(0, colon);
        }
        if (rest.startsWith("[") && rest.endsWith("]")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        if (user != null && user.contains(":")) { // as the docker CLI: ssh takes no password on its command line
            throw new DockscopeException(ExitCode.USAGE, "cannot use ssh endpoint \"" + shown + "\": a plain-text "
                    + "password is not supported", "Use an ssh key or agent (ssh-add), or a Host entry in ~/.ssh/config.");
        }
        if (rest.isEmpty() || rest.startsWith("-") || (user != null && (user.isEmpty() || user.startsWith("-")))) {
            throw DockscopeException.usage("cannot use ssh endpoint \"" + shown + "\": expected ssh://[user@]host[:port]");
        }
        return new SshTarget(user, rest, port);
    }

    /** The ssh command line: {@code ssh -o ConnectTimeout=10 -o BatchMode=yes -T [-l user] [-p port] -- host docker system dial-stdio}. */
    public List<String> command(String ssh) {
        List<String> c = new ArrayList<>(List.of(ssh, "-o", "ConnectTimeout=" + CONNECT_TIMEOUT_SECONDS, "-o",
                "BatchMode=yes", "-T"));
        if (user != null) {
            c.add("-l");
            c.add(user);
        }
        if (port != null) {
            c.add("-p");
            c.add(String.valueOf(port));
        }
        c.addAll(List.of("--", host, "docker", "system", "dial-stdio"));
        return c;
    }
}
