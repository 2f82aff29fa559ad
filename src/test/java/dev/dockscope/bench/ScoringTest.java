package dev.dockscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.bench.Scoring.Counts;
import dev.dockscope.bench.Scoring.FileInput;
import dev.dockscope.bench.Scoring.Found;
import dev.dockscope.bench.Scoring.Label;
import dev.dockscope.bench.Scoring.Result;
import dev.dockscope.lint.Rules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static Counts kind(Result r, String kind) {
        return r.perKind().stream().filter(c -> c.name().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aFindingMatchesALabelOfItsKindWithinOneLineOnly() {
        var file = new FileInput("a/Dockerfile",
                List.of(new Label("context-before-install", 4, "COPY . . before npm ci"),
                        new Label("cache-left", 10, "apt lists left")),
                List.of(new Found("context-before-install", 5, "DS101", "one line below: matches"),
                        new Found("cache-left", 12, "DS201", "two lines below: does not match"),
                        new Found("unpinned-base", 4, "DS302", "right line, wrong kind")));
        Result r = Scoring.score(List.of(file));

        assertEquals(new Counts("context-before-install", 1, 1, 1, 1), kind(r, "context-before-install"));
        assertEquals(new Counts("cache-left", 1, 0, 1, 0), kind(r, "cache-left"));
        assertEquals(new Counts("unpinned-base", 0, 0, 1, 0), kind(r, "unpinned-base"));
        assertEquals(1, r.misses().size());
        assertEquals(10, r.misses().get(0).label().line());
        assertEquals(List.of(12, 4), r.falseAlarms().stream().map(Scoring.FalseAlarm::line).toList());
        assertEquals(new Counts("total", 2, 1, 3, 1), r.total());
        assertEquals(Optional.of(1.0 / 3), r.total().precision());
        assertEquals(Optional.of(0.5), r.total().recall());
    }

    @Test
    void aLinelessLabelIsFoundByAnyFindingOfItsKindInTheSameFileOnly() {
        var withLabel = new FileInput("svc/Dockerfile", List.of(new Label("no-healthcheck", null, "service")),
                List.of(new Found("no-healthcheck", 30, "DS406", "exposes 80 but has no HEALTHCHECK")));
        var otherFile = new FileInput("tool/Dockerfile", List.of(),
                List.of(new Found("no-healthcheck", 3, "DS406", "exposes 8080")));
        Result r = Scoring.score(List.of(withLabel, otherFile));

        assertEquals(new Counts("no-healthcheck", 1, 1, 2, 1), kind(r, "no-healthcheck"));
        assertEquals("tool/Dockerfile", r.falseAlarms().get(0).file());
    }

    @Test
    void findingsOfOneKindOnOneLineCountOnceAndKeepEveryRuleThatReportedThem() {
        var file = new FileInput("f", List.of(),
                List.of(new Found("root-final", 1, "DS401", "last USER is root"),
                        new Found("root-final", 1, "DS402", "never sets USER"),
                        new Found("root-final", 7, "DS401", "other line")));
        Result r = Scoring.score(List.of(file));

        assertEquals(new Counts("root-final", 0, 0, 2, 0), kind(r, "root-final"));
        assertEquals(List.of("DS401", "DS402"), r.falseAlarms().get(0).rules());
    }

    @Test
    void cacheOrderGroupsItsThreeKindsAndEmptyRatiosAreAbsentNotZero() {
        var file = new FileInput("f",
                List.of(new Label("volatile-before-expensive", 3, "ARG BUILD_DATE"),
                        new Label("apt-update-separate", 9, "install without update"),
                        new Label("shell-form-cmd", 20, "CMD shell form")),
                List.of(new Found("volatile-before-expensive", 3, "DS102", "m"),
                        new Found("apt-update-separate", 8, "DS103", "m"),
                        new Found("context-before-install", 15, "DS101", "m")));
        Result r = Scoring.score(List.of(file));

        assertEquals(new Counts("cache-order", 2, 2, 3, 2), r.cacheOrder());
        assertEquals(Optional.empty(), kind(r, "add-for-copy").precision());
        assertEquals(Optional.empty(), kind(r, "add-for-copy").recall());
        assertEquals(Optional.of(0.0), kind(r, "shell-form-cmd").recall());
    }

    @Test
    void labelsOfUnknownKindsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Label("cache-lft", 1, "typo"));
    }

    @Test
    void everyMappedRuleExistsAndEveryKindHasARule() {
        for (var e : Scoring.RULE_KIND.entrySet()) {
            assertTrue(Rules.byId(e.getKey()).isPresent(), e.getKey());
            assertTrue(Scoring.KINDS.contains(e.getValue()), e.getValue());
        }
        for (String k : Scoring.KINDS) {
            assertTrue(Scoring.RULE_KIND.containsValue(k), k);
        }
    }

    @Test
    void findingLinesAreMovedToTheFirstLineOfTheirInstruction() {
        var df = dev.dockscope.lint.dockerfile.DockerfileParser.parse("Dockerfile",
                "FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y curl\nCMD [\"sh\"]\n");
        assertEquals(2, CorpusScore.instructionStart(df, 3));
        assertEquals(2, CorpusScore.instructionStart(df, 4));
        assertEquals(5, CorpusScore.instructionStart(df, 5));
    }
}
