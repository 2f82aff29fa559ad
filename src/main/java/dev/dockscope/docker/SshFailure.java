package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;

/** Exit 3 for an ssh:// endpoint, with what ssh itself said (host key, permission denied, refused, no docker). */
final class SshFailure {
    private SshFailure() {
    }

    static DockscopeException of(Endpoint endpoint, String where, Exception e) {
        String said = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().startsWith("ssh to ") || t.getMessage().startsWith("cannot run ")
                    || t.getMessage().startsWith("no answer over ssh"))) {
                said = t.getMessage();
                break;
            }
        }
        SshTarget target = SshTarget.parse(endpoint.host());
        String probe = "ssh " + (target.user() != null ? target.user() + "@" : "") + target.host()
                + (target.port() != null ? " -p " + target.port() : "") + " docker version";
        return new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "cannot reach the Docker daemon at " + where + ": "
                + (said != null ? said : String.valueOf(e.getMessage())) + ".",
                "Check that `" + probe + "` works without a prompt: dockscope runs ssh in BatchMode (keys from your "
                        + "agent or ssh config, the host key already known) and needs the docker CLI on the remote host.", e);
    }
}
