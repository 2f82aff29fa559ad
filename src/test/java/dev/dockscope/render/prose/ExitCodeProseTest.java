package dev.dockscope.render.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an exit code means in words (moved here from analysis/container/ExitCodesTest with the words). */
class ExitCodeProseTest {
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
        assertEquals(phrase, ContainerProse.exitPhrase(code, oom));
    }

    @Test
    void sigkillWithoutOomSaysItWasNotTheMemoryLimit() {
        assertTrue(ContainerProse.exitMeaning(137, false).contains("OOMKilled is not set"));
        assertTrue(ContainerProse.exitMeaning(137, true).contains("out-of-memory killer"));
    }
}
