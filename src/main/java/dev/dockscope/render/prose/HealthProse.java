package dev.dockscope.render.prose;

import dev.dockscope.analysis.Durations;
import dev.dockscope.model.container.HealthAdviceFacts.EffectFact;
import dev.dockscope.model.container.HealthAdviceFacts.SuggestionFact;
import dev.dockscope.model.container.HealthCheckFact;
import dev.dockscope.model.container.ProbeFact;
import dev.dockscope.model.container.TransitionFact;
import dev.dockscope.model.text.Plural;

/**
 * The sentences of {@code dockscope health}: what the check is doing and how each recorded probe counted (pure
 * functions).
 */
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

    /** What the check is doing now, and the rule it follows. */
    public static String check(HealthCheckFact f) {
        if (f.kind() == HealthCheckFact.Kind.DISABLED) {
            return "The image defines a health check, but it was switched off for this container (--no-healthcheck"
                    + " or HEALTHCHECK NONE).";
        }
        if (f.kind() == HealthCheckFact.Kind.NONE) {
            return "No health check: Docker only knows whether PID 1 is alive, not whether the app answers.";
        }
        int retries = f.retries();
        String rule = "Every " + Durations.human(f.intervalNanos()) + " the daemon runs the probe inside the container"
                + " (timeout " + Durations.human(f.timeoutNanos()) + "); exit 0 is a pass, anything else a failure; "
                + Plural.of(retries, "failure") + " in a row make" + (retries == 1 ? "s" : "")
                + " it unhealthy, one pass makes it healthy again"
                + (f.startPeriodNanos() > 0 ? "; failures in the first " + Durations.human(f.startPeriodNanos())
                        + " (start period) do not count until it has passed once" : "") + ".";
        String now = switch (f.status()) {
            case "healthy" -> "It is healthy: the last probe passed.";
            case "unhealthy" -> "It is unhealthy: " + f.failingStreak() + " probes failed in a row (" + retries
                    + " allowed).";
            case "starting" -> "It is still starting: no probe has passed yet"
                    + (f.failingStreak() > 0 ? " and " + f.failingStreak() + " failed" : "") + ".";
            default -> "Status " + f.status() + ".";
        };
        return now + " " + rule + (f.running() ? "" : " The container is not running, so no probe runs and the"
                + " status stays as it was when it stopped.");
    }

    /** A change of health status: {@code starting → healthy}; "" when there was none. */
    public static String transition(TransitionFact f) {
        return f.changed() ? f.from() + " → " + f.to() : "";
    }

    /** One thing unhealthy does or does not do. */
    public static String effect(EffectFact f) {
        return switch (f.kind()) {
            case ONLY_RECORDED -> "unhealthy does not restart or stop the container: Docker only records it (docker ps"
                    + " shows it, events report health_status)";
            case COMPOSE_WAITS -> "docker compose waits for it with depends_on: condition: service_healthy";
            case ORCHESTRATORS -> "Swarm replaces unhealthy tasks, and orchestrators and load balancers use it to take"
                    + " a container out of rotation; restart policies ignore it";
        };
    }

    /** The suggested HEALTHCHECK line; "" when the container has a check. */
    public static String suggestion(SuggestionFact f) {
        return switch (f.kind()) {
            case NONE -> "";
            case WEB_PROBE -> "HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD wget -q"
                    + " --spider http://127.0.0.1:" + f.target() + "/ || exit 1";
            case READY_FILE -> "HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD test -e /tmp/ready || exit 1";
            case PROCESS -> "HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD pidof " + f.target()
                    + " || exit 1";
        };
    }
}
