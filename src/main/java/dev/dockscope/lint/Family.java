package dev.dockscope.lint;

import com.fasterxml.jackson.annotation.JsonValue;

/** Rule families, as listed by {@code dockscope lint --rules}. */
public enum Family {
    CACHE("cache"), SIZE("size"), CORRECTNESS("correctness"), SECURITY("security"), SYNTAX("syntax");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
