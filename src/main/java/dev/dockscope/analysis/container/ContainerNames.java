package dev.dockscope.analysis.container;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.Suggest;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the container a user means, by docker's rules: an exact name wins, then a full id, then a unique id prefix.
 * An ambiguous prefix is a usage error (exit 2) listing the matches; nothing found is exit 4 with the closest names.
 */
public final class ContainerNames {
    private ContainerNames() {
    }

    /** The match and, when the name is also another container's id prefix, a note saying the name won. */
    public record Match(ContainerSummary container, String note) {
    }

    public static Match resolve(List<ContainerSummary> all, String wanted) {
        String w = wanted.startsWith("/") ? wanted.substring(1) : wanted;
        if (w.isEmpty()) {
            throw DockscopeException.usage("an empty container name");
        }
        List<ContainerSummary> byName = all.stream().filter(c -> c.names().stream()
                .anyMatch(n -> n.replaceFirst("^/", "").equals(w))).toList();
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        List<ContainerSummary> byPrefix = lower.matches("[0-9a-f]+")
                ? all.stream().filter(c -> c.id().startsWith(lower)).toList() : List.of();
        if (!byName.isEmpty()) {
            ContainerSummary c = byName.get(0);
            List<ContainerSummary> others = byPrefix.stream().filter(o -> !o.id().equals(c.id())).toList();
            String note = others.isEmpty() ? "" : "\"" + w + "\" is this container's name and also the start of the id of "
                    + others.stream().map(ContainerSummary::name).collect(Collectors.joining(", "))
                    + "; the name wins, as in docker. Use a longer id for the other.";
            return new Match(c, note);
        }
        if (byPrefix.size() == 1) {
            return new Match(byPrefix.get(0), "");
        }
        if (byPrefix.size() > 1) {
            throw new DockscopeException(ExitCode.USAGE, "\"" + w + "\" is the start of " + byPrefix.size()
                    + " container ids: " + byPrefix.stream()
                            .map(c -> c.name() + " (" + ContainerDetails.shortId(c.id()) + ")")
                            .collect(Collectors.joining(", ")),
                    "Type more of the id, or use the name.");
        }
        List<String> names = all.stream().map(ContainerSummary::name).toList();
        List<String> close = Suggest.closest(w, names, 3);
        throw DockscopeException.notFound("no container named or with an id starting \"" + w + "\"",
                close.isEmpty() ? (names.isEmpty() ? "There are no containers; docker ps -a lists them."
                        : "docker ps -a lists them.") : "Closest: " + String.join(", ", close) + ".");
    }
}
