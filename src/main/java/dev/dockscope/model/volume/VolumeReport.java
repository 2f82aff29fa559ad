package dev.dockscope.model.volume;

import java.util.List;
import java.util.Map;

/**
 * {@code dockscope volume}: every volume with who mounts it ({@link Overview}), or one volume with what happens to its
 * data ({@link View}). Sizes in bytes, -1 when the daemon did not measure them.
 */
public final class VolumeReport {
    private VolumeReport() {
    }

    /**
     * The list: {@code volumes} by name; {@code binds} and {@code tmpfs} the other mounts in use across containers;
     * {@code danglingBytes} what the dangling volumes hold (what a prune of them would free).
     */
    public record Overview(List<Row> volumes, List<Bind> binds, List<Tmpfs> tmpfs, long danglingBytes,
                           List<String> concepts) {
    }

    /**
     * One volume: {@code dangling} no container (running or stopped) mounts it; {@code anonymous} a 64-hex name;
     * {@code project} the Compose project from its {@code com.docker.compose.project} label, "" when none.
     */
    public record Row(String name, String driver, long size, boolean dangling, boolean anonymous, String project,
                      List<Use> usedBy) {
    }

    /** A container mounting the volume at {@code destination}. */
    public record Use(String container, String destination, boolean readOnly) {
    }

    /** A host path bind-mounted into a container. */
    public record Bind(String container, String source, String destination, boolean readOnly) {
    }

    /** A tmpfs mount (memory only, gone when the container stops); {@code options} as given, "" when none. */
    public record Tmpfs(String container, String destination, String options) {
    }

    /** One volume in full, with its persistence story. */
    public record View(String name, String driver, String mountpoint, String createdAt, String scope,
                       Map<String, String> options, Map<String, String> labels, long size, boolean anonymous,
                       String project, List<Use> usedBy, List<Fate> story, List<String> concepts) {
    }

    /** What one command does to this volume's data. */
    public enum Outcome { KEPT, REMOVED, REMOVED_IF_UNUSED, NOT_APPLICABLE }

    /**
     * {@code action} the command ({@code docker rm}, {@code docker rm -v}, {@code docker compose down},
     * {@code docker compose down -v}, {@code docker volume prune}, {@code docker volume prune --all}); {@code why} a
     * short key the text explains (anonymous, named, project, external, in-use, engine-23…).
     */
    public record Fate(String action, Outcome outcome, String why) {
    }
}
