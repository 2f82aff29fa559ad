package dev.dockscope.model.container;

import java.util.List;

/** {@code dockscope container}: every container, running first, one row each. */
public record ContainerList(List<Row> containers, int running, int total, List<String> concepts) {

    /**
     * {@code since} is StartedAt for a running container, FinishedAt for a stopped one, Created for one never started;
     * {@code limits} the limits set in words ("" when none), {@code attention} why it deserves a look.
     */
    public record Row(String name, String id, String image, String state, StateFact.Summary stateSummary, int exitCode,
                      boolean oomKilled, String health, String since, long memoryLimit, long nanoCpus, long pidsLimit,
                      LimitsSummary limits, List<String> ports, List<AttentionFact> attention) {
    }
}
