package dev.dockscope.model.container;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /containers/{id}/json?size=true}, sanitised. Raw values only: bytes, nanoseconds, booleans, exit codes,
 * ISO-8601 strings as the daemon wrote them ({@code 0001-01-01T00:00:00Z} means "never"). {@code name} has no leading
 * slash; {@code imageId} is the image's id, {@code config.image()} the reference the container was created from.
 * {@code sizeRw}/{@code sizeRootFs} are -1 when the daemon did not say. Absent strings are "", lists and maps empty.
 */
public record ContainerDetails(String id, String name, String created, String path, List<String> args, State state,
                               String imageId, int restartCount, String driver, String platform,
                               String appArmorProfile, Config config, HostConfig hostConfig,
                               List<ContainerMount> mounts, NetworkSettings networkSettings, long sizeRw,
                               long sizeRootFs) {

    /** The id's first 12 hex digits. */
    public static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    /**
     * {@code State}: {@code status} is created, running, paused, restarting, removing, exited or dead; {@code pid} 0
     * when not running; {@code error} the daemon's last start error; {@code health} null when no check is configured.
     */
    public record State(String status, boolean running, boolean paused, boolean restarting, boolean oomKilled,
                        boolean dead, int pid, int exitCode, String error, String startedAt, String finishedAt,
                        Health health) {
    }

    /** {@code State.Health}: status starting, healthy, unhealthy or none; the log holds the last (up to 5) probes. */
    public record Health(String status, int failingStreak, List<Probe> log) {
    }

    /** One probe: times ISO-8601 as written by the daemon, the exit code (0 ok, 1 unhealthy, -1 could not run or absent). */
    public record Probe(String start, String end, int exitCode, String output) {
    }

    /**
     * {@code Config}: what the container runs. {@code entrypoint}/{@code cmd} are null when unset (not empty lists);
     * {@code healthcheck} null when none is set on the container (it may still come from the image).
     */
    public record Config(String hostname, String image, String user, String workingDir, List<String> env,
                         List<String> cmd, List<String> entrypoint, Healthcheck healthcheck, List<String> exposedPorts,
                         List<String> volumes, Map<String, String> labels, boolean tty, boolean openStdin,
                         String stopSignal) {
    }

    /**
     * {@code HostConfig}: limits and isolation. Bytes for memory (0 = unlimited; {@code memorySwap} -1 = unlimited swap),
     * {@code nanoCpus} in 1e-9 CPUs, {@code cpuQuota}/{@code cpuPeriod} in microseconds, {@code pidsLimit} 0 or -1 =
     * unlimited. {@code init} null when not set (the daemon's default applies). Modes are "" when default.
     */
    public record HostConfig(long memory, long memorySwap, long memoryReservation, long nanoCpus, long cpuQuota,
                             long cpuPeriod, long cpuShares, String cpusetCpus, long pidsLimit, int blkioWeight,
                             long shmSize, boolean oomKillDisable, boolean privileged, List<String> capAdd,
                             List<String> capDrop, List<String> securityOpt, boolean readonlyRootfs,
                             List<Device> devices, String pidMode, String networkMode, String ipcMode, String utsMode,
                             String usernsMode, String cgroupnsMode, String cgroup, Boolean init, String runtime,
                             RestartPolicy restartPolicy, Map<String, List<PortBinding>> portBindings,
                             boolean autoRemove, List<String> binds, Map<String, String> tmpfs, String logType) {
    }

    public record Device(String pathOnHost, String pathInContainer, String cgroupPermissions) {
    }

    /** {@code name} is "", no, always, unless-stopped or on-failure (with {@code maximumRetryCount}). */
    public record RestartPolicy(String name, int maximumRetryCount) {
    }

    /** A published port: {@code hostIp} "" for all addresses, {@code hostPort} "" for a port the daemon picks. */
    public record PortBinding(String hostIp, String hostPort) {
    }

    /**
     * {@code NetworkSettings}: {@code ports} maps "80/tcp" to its bindings (empty list when exposed but not published);
     * {@code networks} by network name.
     */
    public record NetworkSettings(Map<String, List<PortBinding>> ports, Map<String, Endpoint> networks) {
    }

    /** The container's endpoint on one network. {@code dnsNames} only from API 1.45 (empty before). */
    public record Endpoint(String networkId, String endpointId, String ipAddress, int ipPrefixLen, String gateway,
                           String macAddress, String globalIpv6Address, List<String> aliases, List<String> dnsNames) {
    }
}
