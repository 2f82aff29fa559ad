package dev.dockscope.render.prose;

import dev.dockscope.model.compose.DriftSide;

/** The Compose analyses' facts in words: the two sides of a drift between the files and the running project. */
public final class ComposeProse {
    private ComposeProse() {
    }

    public static String side(DriftSide s) {
        return switch (s.kind()) {
            case DECLARED -> "declared";
            case NO_CONTAINER -> "no container";
            case NOT_DECLARED -> "not declared";
            case CONTAINERS -> s.count() + " container" + (s.count() == 1 ? "" : "s");
            case VALUE -> s.value();
            case HEALTHCHECK_DECLARED -> "healthcheck declared";
            case NO_HEALTH -> "no health status at run time";
            case REPLICAS -> Long.toString(s.count());
            case RUNNING -> s.count() + " running";
        };
    }
}
