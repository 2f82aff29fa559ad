package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SshTargetTest {
    @Test
    void userHostAndPortAreParsed() {
        assertEquals(new SshTarget("me", "build-host", 2222), SshTarget.parse("ssh://me@build-host:2222"));
        assertEquals(new SshTarget(null, "build-host", null), SshTarget.parse("ssh://build-host"));
        assertEquals(new SshTarget("me", "::1", 22), SshTarget.parse("ssh://me@[::1]:22"));
    }

    @Test
    void theCommandIsDockersDialStdioWithBatchModeAndATimeout() {
        assertEquals(List.of("ssh", "-o", "ConnectTimeout=10", "-o", "BatchMode=yes", "-T", "-l", "me", "-p", "2222", "--",
                "build-host", "docker", "system", "dial-stdio"), SshTarget.parse("ssh://me@build-host:2222").command("ssh"));
        assertEquals(List.of("ssh", "-o", "ConnectTimeout=10", "-o", "BatchMode=yes", "-T", "--", "h", "docker", "system",
                "dial-stdio"), SshTarget.parse("ssh://h").command("ssh"));
    }

    @Test
    void malformedEndpointsAreUsageErrors() {
        for (String bad : List.of("ssh://", "ssh://me@host/var/run/docker.sock", "ssh://host:port", "ssh://host:70000",
                "ssh://-oProxyCommand=x", "ssh://@host", "ssh://-l@host")) {
            DockscopeException e = assertThrows(DockscopeException.class, () -> SshTarget.parse(bad), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
        }
    }

    /** Issue 15 case 7 for ssh: a password in the URL is refused as the docker CLI refuses it, and never echoed. */
    @Test
    void aPasswordIsRefusedAndNoMessageEchoesTheUserInfo() {
        for (String bad : List.of("ssh://me:hunter2@host", "ssh://me:hunter2@host/path", "ssh://me:hunter2@host:0",
                "ssh://me:hunter2@")) {
            DockscopeException e = assertThrows(DockscopeException.class, () -> SshTarget.parse(bad), bad);
            assertEquals(ExitCode.USAGE, e.exitCode(), bad);
            assertFalse(e.getMessage().contains("hunter2") || e.getMessage().contains("me:"), e.getMessage());
        }
    }
}
