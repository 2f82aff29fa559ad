package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @Test
    void signalsAreCodeMinus128() {
        assertEquals("SIGKILL", ExitCodes.signal(137));
        assertEquals("SIGTERM", ExitCodes.signal(143));
        assertEquals("signal 30", ExitCodes.signal(158));
        assertEquals("", ExitCodes.signal(128));
        assertEquals("", ExitCodes.signal(1));
    }
}
