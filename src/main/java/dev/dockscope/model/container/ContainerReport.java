package dev.dockscope.model.container;

import java.util.List;

/**
 * {@code dockscope container NAME}: one container explained in seven parts. Each part keeps the daemon's raw values
 * (bytes, nanoseconds, booleans, exit codes, ISO-8601 times) next to the explanations made from them, and names the
 * concept cards it illustrates. {@code attention} lists what deserves a look, most serious first.
 */
public record ContainerReport(String id, String name, What what, Changes changes, Processes processes,
                              Isolation isolation, Storage storage, Network network, Security security,
                              HealthSummary health, List<AttentionFact> attention, List<String> notes) {

    /**
     * What it is: the image ({@code image} the reference it was created from, {@code imageId} the image it runs),
     * whether that reference now names another image ({@code tagNowId} "" when the tag is gone, {@code tagMoved}),
     * the writable layer ({@code sizeRw}) on top of the image ({@code sizeRootFs} - {@code sizeRw}; -1 unknown).
     */
    public record What(String image, String imageId, String tagNowId, boolean tagMoved,
                       ContainerPartFacts.TagFact tagNote, long sizeRw, long sizeRootFs, String created, String startedAt, String finishedAt, StateView state,
                       List<String> concepts) {
    }

    /**
     * The state: {@code status} the daemon's word; {@code exitCode}/{@code signal} when exited;
     * {@code restartCount} and the policy; {@code summary} worded as a phrase ("exited 137: killed (SIGKILL)"),
     * {@code meaning} as a sentence or two, {@code restartMeaning} what the policy does.
     */
    public record StateView(String status, boolean running, boolean paused, boolean restarting, boolean oomKilled,
                            boolean dead, boolean neverStarted, int exitCode, String signal, String error,
                            int restartCount, String restartPolicy, int maximumRetryCount,
                            StateFact.Summary summary, StateFact.Meaning meaning, RestartFact restartMeaning) {
    }

    /**
     * {@code GET /containers/{id}/changes}: counts by kind, the directories with most changes, and a few paths.
     * {@code available} false when the container vanished before the call.
     */
    public record Changes(boolean available, int added, int modified, int deleted, List<DirCount> topDirectories,
                          List<ContainerChange> sample, ContainerPartFacts.NoteFact note, List<String> concepts) {
    }

    /** Changes under one top-level directory ({@code /var}, {@code /tmp}…). */
    public record DirCount(String directory, int added, int modified, int deleted) {
    }

    /**
     * The runtime chain from dockerd down to PID 1 ({@code hostPid} 0 when not running), the init process when
     * {@code --init} is on, the OCI runtime, the cgroup path as the host names it, and {@code GET /top}'s processes
     * ({@code processes} empty and {@code topNote} set when not running).
     */
    public record Processes(List<Hop> chain, int hostPid, String command, Boolean init, String runtime,
                            String cgroupDriver, String cgroupPath, List<Proc> processes, ContainerPartFacts.NoteFact topNote,
                            List<String> concepts) {
    }

    public record Hop(String name, ContainerPartFacts.HopFact role) {
    }

    /** One row of {@code docker top}: host PID, parent, user, command. */
    public record Proc(String pid, String ppid, String user, String command) {
    }

    /**
     * Namespaces (private, host, shared with a container) and cgroup limits against one stats sample
     * ({@code sampled} false when not running). {@code cgroupVersion} "1" or "2".
     */
    public record Isolation(List<Namespace> namespaces, List<Limit> limits, boolean sampled, String cgroupVersion,
                            double cpuPercent, long memoryUsage, long memoryCache, List<String> concepts) {
    }

    /** {@code mode} is private, host, container (with {@code sharedWith}), shareable or none. */
    public record Namespace(String name, String mode, String sharedWith, NamespaceFact explanation) {
    }

    /**
     * One cgroup limit: {@code limit} raw (bytes, 1e-9 CPUs, a count, a weight; 0 = none), {@code usage} from the
     * sample (-1 unknown), {@code set} false when unlimited, {@code risk} when being unlimited is a risk.
     */
    public record Limit(String name, String unit, long limit, long usage, boolean set, boolean risk, String raw,
                        LimitFact explanation) {
    }

    /** Every mount; {@code readOnlyRootfs} for the root file system itself. */
    public record Storage(List<Mount> mounts, boolean readOnlyRootfs,
                          ContainerPartFacts.RootfsFact writableLayerNote, List<String> concepts) {
    }

    /** {@code type} volume, bind, tmpfs, npipe; {@code anonymous} for a volume with a generated name. */
    public record Mount(String type, String name, boolean anonymous, String source, String destination, boolean rw,
                        String mode, String propagation, boolean survivesRm, boolean survivesRmV,
                        ContainerPartFacts.MountFact explanation) {
    }

    /** The network mode, each attached network, and the port map. */
    public record Network(String mode, ContainerPartFacts.NetworkModeFact modeExplanation, List<Attachment> networks,
                          List<Port> ports,
                          List<String> concepts) {
    }

    public record Attachment(String network, String ipAddress, int prefixLen, String gateway, String macAddress,
                             List<String> aliases, List<String> dnsNames) {
    }

    /** {@code containerPort} "80/tcp"; {@code hostIp}/{@code hostPort} "" when only exposed. */
    public record Port(String containerPort, boolean published, String hostIp, String hostPort,
                       ContainerPartFacts.PortFact explanation) {
    }

    /**
     * {@code effective} null when every capability (privileged or {@code --cap-add ALL}); {@code added}/{@code dropped}
     * against {@code defaults}, Docker's default list.
     */
    public record Security(ContainerPartFacts.UserFact user, boolean runsAsRoot, boolean privileged, List<String> capAdd,
                           List<String> capDrop, List<String> effective, List<String> added, List<String> dropped,
                           List<String> defaults, ContainerPartFacts.SeccompFact seccomp,
                           ContainerPartFacts.AppArmorFact apparmor, ContainerPartFacts.SelinuxFact selinux,
                           boolean noNewPrivileges, boolean readOnlyRootfs, List<ContainerDetails.Device> devices,
                           List<RiskFact> risks, List<String> concepts) {
    }

    /** {@code configured} false without a health check; {@code status} starting, healthy, unhealthy or none. */
    public record HealthSummary(boolean configured, String status, int failingStreak, String lastOutput, String next,
                                List<String> concepts) {
    }
}
