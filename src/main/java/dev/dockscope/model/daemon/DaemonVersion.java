package dev.dockscope.model.daemon;

import java.util.List;

/** What {@code GET /version} says about the engine, cleaned. */
public record DaemonVersion(String platform, String version, String apiVersion, String minApiVersion, String os,
                            String arch, String kernelVersion, String goVersion, String gitCommit,
                            List<Component> components) {

    public record Component(String name, String version) {
    }
}
