package dev.dockscope.model;

import dev.dockscope.model.daemon.DaemonVersion;
import java.util.List;

/**
 * {@code dockscope} with no command: the host at a glance, and what to try next. The JSON shape and what the text view
 * draws. {@code daemon} is null when none is reachable ({@code unreachable} says why).
 */
public record OverviewReport(String version, String endpoint, String endpointSource, DaemonVersion daemon,
                             String unreachable, Counts counts, RuntimeInfo.Disk disk, List<Suggestion> tryNext,
                             List<String> concepts) {

    public record Counts(int images, int containers, int running, int volumes, int networks, int userNetworks) {
    }

    public record Suggestion(String command, String why) {
    }
}
