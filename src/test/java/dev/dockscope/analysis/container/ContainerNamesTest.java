package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.container.ContainerSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerNamesTest {
    private static ContainerSummary c(String id, String name) {
        return new ContainerSummary(id, List.of("/" + name), "img", "sha256:1", "", "", "running", "", Map.of(),
                List.of(), "", List.of(), List.of());
    }

    private static final List<ContainerSummary> ALL = List.of(c("abc111", "web"), c("abc222", "db"),
            c("fed333", "abc"), c("999444", "worker"));

    @Test
    void exactNameWinsOverIdPrefixAndSaysSo() {
        ContainerNames.Match m = ContainerNames.resolve(ALL, "abc");
        assertEquals("fed333", m.container().id());
        assertTrue(m.note().contains("web") && m.note().contains("db"), m.note());
    }

    @Test
    void uniqueIdPrefixFindsIt() {
        assertEquals("db", ContainerNames.resolve(ALL, "abc2").container().name());
        assertEquals("", ContainerNames.resolve(ALL, "abc2").note());
    }

    @Test
    void ambiguousPrefixIsAUsageErrorListingTheMatches() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> ContainerNames.resolve(ALL, "ab"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("web (abc111)") && e.getMessage().contains("db (abc222)"), e.getMessage());
    }

    @Test
    void unknownNameIsNotFoundWithTheClosestNames() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> ContainerNames.resolve(ALL, "wrker"));
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertTrue(e.hint().contains("worker"), e.hint());
    }
}
