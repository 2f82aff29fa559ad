package dev.dockscope.model.container;

import java.util.List;

/** {@code GET /containers/{id}/top}: the column titles (UID, PID, PPID, C, STIME, TTY, TIME, CMD) and one row per process. */
public record ContainerTop(List<String> titles, List<List<String>> processes) {

    /** The values of column {@code title} (empty when the column is absent). */
    public List<String> column(String title) {
        int i = titles.indexOf(title);
        return i < 0 ? List.of() : processes.stream().map(p -> i < p.size() ? p.get(i) : "").toList();
    }
}
