package dev.dockscope.model.container;

import dev.dockscope.model.Fact;
import java.util.List;

/**
 * A security setting of a container that deserves a look: DANGEROUS_CAPABILITIES names the {@code capabilities}
 * added, DOCKER_SOCKET the {@code path} the socket is mounted at, DEVICES the {@code count} of host devices.
 */
public record RiskFact(Kind kind, List<String> capabilities, String path, int count) implements Fact {
    public enum Kind {
        PRIVILEGED, DANGEROUS_CAPABILITIES, ROOT_WITH_CAPABILITIES, SECCOMP_OFF, HOST_PID, HOST_NETWORK,
        DOCKER_SOCKET, DEVICES
    }

    public static RiskFact of(Kind kind) {
        return new RiskFact(kind, List.of(), "", 0);
    }
}
