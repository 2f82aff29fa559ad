package dev.dockscope.render.prose;

import dev.dockscope.model.container.ProbeFact;

/** The sentences of {@code dockscope health}: how each recorded probe counted (pure functions). */
public final class HealthProse {
    private HealthProse() {
    }

    public static String probe(ProbeFact f) {
        return switch (f.kind()) {
            case PASSED -> "exit 0: passed, failing streak back to 0";
            case NOT_COUNTED -> "exit " + f.exitCode() + " inside the start period: not counted";
            case FAILED -> "exit " + f.exitCode() + (f.exitCode() == -1 ? " (timed out or could not run)" : "")
                    + ": failure " + f.streak() + " in a row (" + f.retries() + " allowed)";
        };
    }
}
