package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DaemonReaderTest {
    @Test
    void apiVersionsCompareNumerically() {
        assertTrue(DaemonReader.compareVersions("1.9", "1.41") < 0);
        assertTrue(DaemonReader.compareVersions("1.41", "1.40") > 0);
        assertTrue(DaemonReader.compareVersions("1.44", "1.44") == 0);
        assertTrue(DaemonReader.compareVersions("2.0", "1.99") > 0);
    }
}
