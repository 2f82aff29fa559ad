package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
    @Test
    void noFlagsMeansDockersFourteenDefaults() {
        Set<String> e = Capabilities.effective(false, List.of(), List.of());
        assertEquals(new TreeSet<>(Capabilities.DEFAULT), e);
        assertEquals(14, e.size());
        assertEquals(List.of(), Capabilities.addedBeyondDefault(e));
        assertEquals(List.of(), Capabilities.droppedFromDefault(e));
    }

    @Test
    void dropAllThenAddOneLeavesOnlyThatOne() {
        Set<String> e = Capabilities.effective(false, List.of("CAP_NET_BIND_SERVICE"), List.of("ALL"));
        assertEquals(Set.of("NET_BIND_SERVICE"), e);
        assertEquals(13, Capabilities.droppedFromDefault(e).size());
        assertEquals(List.of(), Capabilities.addedBeyondDefault(e));
    }

    @Test
    void addingBeyondTheDefaultsIsReported() {
        Set<String> e = Capabilities.effective(false, List.of("net_admin", "SYS_PTRACE"), List.of("NET_RAW"));
        assertEquals(List.of("NET_ADMIN", "SYS_PTRACE"), Capabilities.addedBeyondDefault(e));
        assertEquals(List.of("NET_RAW"), Capabilities.droppedFromDefault(e));
    }

    @Test
    void privilegedOrAddAllIsEverything() {
        assertNull(Capabilities.effective(true, List.of(), List.of()));
        assertNull(Capabilities.effective(false, List.of("ALL"), List.of()));
    }
}
