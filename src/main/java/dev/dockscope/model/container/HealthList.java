package dev.dockscope.model.container;

import java.util.List;

/** {@code dockscope health}: containers with a health check, unhealthy first; the others counted. */
public record HealthList(List<Row> checks, int withoutCheck, List<String> withoutCheckNames, List<String> concepts) {

    /** {@code lastOutput} the newest probe's first line, trimmed. */
    public record Row(String name, String id, String state, String status, int failingStreak, int retries,
                      String lastProbe, String lastOutput) {
    }
}
