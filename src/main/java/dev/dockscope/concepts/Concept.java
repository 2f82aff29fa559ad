package dev.dockscope.concepts;

import java.util.Arrays;
import java.util.Optional;

/** The twelve concept cards. Every explanation names one; {@code dockscope learn <slug>} shows it. */
public enum Concept {
    CONTAINER("container", "Container", "An isolated execution unit that shares the host kernel"),
    NAMESPACE_CGROUP("namespace-cgroup", "Namespace & cgroup",
            "Namespaces decide what a process can see; cgroups decide how much it can use"),
    IMAGE("image", "Image", "An immutable bundle of files and defaults for running a container"),
    LAYER_CACHE("layer-cache", "Layer & Cache",
            "The unit that accumulates image changes and enables build-cache reuse"),
    MULTI_STAGE("multi-stage", "Multi-stage Build", "Separate build stages from the runtime stage"),
    DOCKERFILE("dockerfile", "Dockerfile", "The specification file for building container images"),
    REGISTRY("registry", "Registry", "Where images are stored and distributed"),
    VOLUME("volume", "Volume", "Storage that outlives the container"),
    NETWORK("network", "Network", "The virtual network that connects and isolates containers"),
    COMPOSE("compose", "Compose", "Many services declared in one file"),
    RUNTIME("runtime", "Runtime", "The chain that turns an image into running processes"),
    HEALTH_CHECK("health-check", "Health Check", "Whether the app inside is truly working");

    private final String slug;
    private final String title;
    private final String oneLine;

    Concept(String slug, String title, String oneLine) {
        this.slug = slug;
        this.title = title;
        this.oneLine = oneLine;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String oneLine() {
        return oneLine;
    }

    /** The line that closes every explain section: {@code → concept: Layer & Cache — dockscope learn layer-cache}. */
    public String footer(boolean ascii) {
        return ascii
                ? "-> concept: " + title + " - dockscope learn " + slug
                : "→ concept: " + title + " — dockscope learn " + slug;
    }

    public static Optional<Concept> bySlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
