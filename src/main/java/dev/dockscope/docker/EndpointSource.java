package dev.dockscope.docker;

/** Where the daemon endpoint came from, in the order they are tried. */
public enum EndpointSource {
    HOST_FLAG("flag", "the --host flag"),
    DOCKER_HOST_ENV("env", "the DOCKER_HOST environment variable"),
    CONTEXT_FLAG("context", "the --context flag"),
    DOCKER_CONTEXT_ENV("context", "the DOCKER_CONTEXT environment variable"),
    CURRENT_CONTEXT("context", "the currentContext in the Docker CLI config"),
    DEFAULT("default", "the default socket"),
    WELL_KNOWN("wellKnown", "the first well-known socket that answered");

    private final String kind;
    private final String description;

    EndpointSource(String kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /** flag, env, context, default or wellKnown (the JSON value). */
    @com.fasterxml.jackson.annotation.JsonValue
    public String kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
