package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * What {@code dockscope container} says about the image tag, the mounts, the root file system, the network mode
 * and each port, as kinds and the raw values the sentences rest on (worded in {@code render/prose/ContainerProse}).
 */
public final class ContainerPartFacts {
    private ContainerPartFacts() {
    }

    /**
     * What the image reference names now: FROM_ID (created from an id), GONE (the tag no longer exists), MOVED (it
     * names {@code nowId}, another image), SAME; {@code image} the reference.
     */
    public record TagFact(Kind kind, String image, String nowId) implements Fact {
        public enum Kind { FROM_ID, GONE, MOVED, SAME }
    }

    /**
     * What outlives {@code docker rm} for one mount: {@code type} the daemon's word (kept for OTHER),
     * {@code autoRemove} whether the container was started with {@code --rm}.
     */
    public record MountFact(Kind kind, String type, boolean autoRemove) implements Fact {
        public enum Kind { ANONYMOUS_VOLUME, NAMED_VOLUME, BIND, TMPFS, OTHER }
    }

    /** Where writes outside the mounts go: {@code readOnly} for {@code --read-only}. */
    public record RootfsFact(boolean readOnly) implements Fact {
    }

    /** The network mode: {@code joined} the container whose namespace a CONTAINER mode shares, else "". */
    public record NetworkModeFact(Kind kind, String joined) implements Fact {
        public enum Kind { HOST, NONE, CONTAINER, DEFAULT_BRIDGE, USER_DEFINED }
    }

    /**
     * One container port: {@code published} to {@code hostIp} ("0.0.0.0" when the daemon named none, "" when only exposed) and
     * {@code hostPort} ("" when chosen at start), forwarding to {@code containerPort} ("80/tcp").
     */
    /**
     * One hop of the runtime chain, what it does for the container: {@code podman} for Podman's init (catatonit rather
     * than tini), {@code init} whether COMMAND runs under {@code --init}, {@code hostPid} its host PID (0 when not
     * running).
     */
    public record HopFact(Kind kind, boolean podman, boolean init, int hostPid) implements Fact {
        public enum Kind { PODMAN, CONMON, DOCKERD, CONTAINERD, SHIM, RUNTIME, INIT, COMMAND }

        public static HopFact of(Kind kind) {
            return new HopFact(kind, false, false, 0);
        }
    }

    /** The seccomp filter: the privileged flag, {@code seccomp=unconfined}, a custom profile, the default, none. */
    public record SeccompFact(Kind kind) implements Fact {
        public enum Kind { PRIVILEGED, UNCONFINED, CUSTOM, DEFAULT, NOT_AVAILABLE }
    }

    /** The AppArmor profile: {@code profile} the daemon's name for PROFILE, else "". */
    public record AppArmorFact(Kind kind, String profile) implements Fact {
        public enum Kind { PRIVILEGED, PROFILE, NONE, NOT_ENABLED }
    }

    /** The SELinux label: {@code label} the {@code --security-opt label=} value for LABEL, else "". */
    public record SelinuxFact(Kind kind, String label) implements Fact {
        public enum Kind { LABEL, DEFAULT, NOT_ENABLED }
    }

    /** The user the command runs as: {@code user} the image's or {@code --user} value, "" when none is set. */
    public record UserFact(String user) implements Fact {
    }

    public record PortFact(boolean published, String hostIp, String hostPort, String containerPort) implements Fact {
    }

    /**
     * The fixed note under the process table and under the file changes: HOST_PIDS (the table is the host's view),
     * PROCESSES_UNREADABLE (running but the daemon gave none), NOT_RUNNING, WRITABLE_LAYER (what the changes are).
     */
    public record NoteFact(Kind kind) implements Fact {
        public enum Kind { HOST_PIDS, PROCESSES_UNREADABLE, NOT_RUNNING, WRITABLE_LAYER }
    }
}
