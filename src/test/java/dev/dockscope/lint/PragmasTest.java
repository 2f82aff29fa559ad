package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class PragmasTest {
    private static List<String> rules(String text, String... cliIgnores) {
        var df = DockerfileParser.parse("Dockerfile", text);
        return new Linter(Rules.all()).lint(new LintContext(df, null, null, Config.EMPTY), List.of(cliIgnores))
                .stream().map(Finding::rule).distinct().sorted().toList();
    }

    @Test
    void inlineDockscopeIgnoreAppliesToTheNextInstructionOnly() {
        String text = "FROM alpine:3.20\nUSER app\n# dockscope ignore=DS312\nCMD node a.js\nENTRYPOINT node b.js\n";
        var f = new Linter(Rules.all()).lint(new LintContext(DockerfileParser.parse("Dockerfile", text), null, null,
                Config.EMPTY), List.of()).stream().filter(x -> x.rule().equals("DS312")).toList();
        assertEquals(1, f.size());
        assertEquals(5, f.get(0).line());
    }

    @Test
    void hadolintIgnoreIsTranslatedThroughTheRuleTable() {
        String text = "FROM alpine:3.20\nUSER app\n# hadolint ignore=DL3018,DL3019\nRUN apk add curl\n";
        assertEquals(List.of(), rules(text));
    }

    @Test
    void buildkitCheckSkipIsTranslated() {
        String text = "# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nUSER app\nHEALTHCHECK NONE\n"
                + "CMD node a.js\n";
        assertEquals(List.of(), rules(text));
        assertEquals(List.of("DS312"), rules("FROM alpine:3.20\nUSER app\nHEALTHCHECK NONE\nCMD node a.js\n"));
    }

    @Test
    void globalIgnoreAndCommandLineIgnore() {
        String text = "# hadolint global ignore=DL3018\nFROM alpine:3.20\nUSER app\nRUN apk add --no-cache curl\n"
                + "RUN apk add --no-cache git\n";
        assertEquals(List.of(), rules(text));
        assertEquals(List.of(), rules("FROM alpine:3.20\nUSER app\nRUN apk add --no-cache curl\n", "DS304"));
    }
}
