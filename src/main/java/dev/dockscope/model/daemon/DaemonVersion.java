package dev.dockscope.model.daemon;

import java.util.List;

/** What {@code GET /version} says about the engine, cleaned. */
public record DaemonVersion(String platform, String version, String apiVersion, String minApiVersion, String os,
                            String arch, String kernelVersion, String goVersion, String gitCommit,
                            List<Component> components) {

    public record Component(String name, String version) {
    }

    /** Podman's service answers the Docker API with its own components ("Podman Engine", "Conmon", "OCI Runtime"). */
    public boolean podman() {
        return components.stream().anyMatch(c -> c.name().equalsIgnoreCase("Podman Engine"));
    }

    /** The version of the first component whose name starts with {@code prefix} (ignoring case), or null. */
    public String component(String prefix) {
        for (Component c : components) {
            if (c.name().regionMatches(true, 0, prefix, 0, prefix.length())) {
                return c.version();
            }
        }
        return null;
    }
}
