package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|false|success",
        "1|false|the application failed",
        "2|false|misuse of a shell builtin or bad arguments",
        "125|false|docker could not run the container",
        "126|false|the command cannot be executed",
        "127|false|command not found",
        "130|false|interrupted (SIGINT)",
        "137|false|killed (SIGKILL)",
        "137|true|killed (SIGKILL), OOM",
        "139|false|segmentation fault (SIGSEGV)",
        "143|false|terminated (SIGTERM)",
        "134|false|stopped by SIGABRT",
        "3|false|the application's own code"})
    void phraseNamesTheCause(int code, boolean oom, String phrase) {
        assertEquals(phrase, ExitCodes.phrase(code, oom));
    }

    @Test
    void signalsAreCodeMinus128() {
        assertEquals("SIGKILL", ExitCodes.signal(137));
        assertEquals("SIGTERM", ExitCodes.signal(143));
        assertEquals("signal 30", ExitCodes.signal(158));
        assertEquals("", ExitCodes.signal(128));
        assertEquals("", ExitCodes.signal(1));
    }

    @Test
    void sigkillWithoutOomSaysItWasNotTheMemoryLimit() {
        assertTrue(ExitCodes.meaning(137, false).contains("OOMKilled is not set"));
        assertTrue(ExitCodes.meaning(137, true).contains("out-of-memory killer"));
    }
}
