package dev.dockscope.model.container;

/**
 * One entry of a container's {@code Mounts}: {@code type} is bind, volume, tmpfs, npipe or cluster; {@code name} the
 * volume's name ("" for binds); {@code source} the host path; {@code rw} false for read-only mounts (true when the daemon does not say).
 */
public record ContainerMount(String type, String name, String source, String destination, String driver, String mode,
                             boolean rw, String propagation) {
}
