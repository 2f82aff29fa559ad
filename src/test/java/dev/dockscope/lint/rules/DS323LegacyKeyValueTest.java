package dev.dockscope.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dockscope.lint.Finding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DS323LegacyKeyValueTest extends RuleSpec {
    DS323LegacyKeyValueTest() {
        super(new DS323LegacyKeyValue());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ENV PATH /opt/bin",
                "LABEL maintainer me");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ENV PATH=/opt/bin",
                "LABEL a=b c=\"d e\"");
    }

    /**
     * A secret-looking name in the legacy form: the message still names the variable and says what the rule found
     * (it used to be redacted as if it were the Dockerfile line, "ENV DB_PASSWORD <redacted>"), and the value
     * appears nowhere, neither in the message nor in the code frame.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENV DB_PASSWORD hunter2|ENV DB_PASSWORD ... uses the legacy form: write ENV DB_PASSWORD=<redacted>",
            "ENV api_token s3cr3t value|ENV api_token ... uses the legacy form: write ENV api_token=<redacted>",
            "LABEL SECRET_KEY hunter2|LABEL SECRET_KEY ... uses the legacy form: write LABEL SECRET_KEY=<redacted>",
            "ENV PATH /opt/bin|ENV PATH ... uses the legacy form: write ENV PATH=..."})
    void secretNamesKeepTheMessageAndHideTheValue(String line, String message) {
        List<Finding> f = lint(line);
        assertEquals(1, f.size(), f.toString());
        assertEquals(message, f.get(0).message());
        for (String value : List.of("hunter2", "s3cr3t")) {
            assertFalse(f.get(0).message().contains(value), f.get(0).message());
            assertFalse(f.get(0).sourceLine().contains(value), f.get(0).sourceLine());
        }
    }
}
