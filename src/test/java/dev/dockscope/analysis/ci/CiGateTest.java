package dev.dockscope.analysis.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.Reclaimable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CiGateTest {

    static FilesReport report(double efficiency, long wasted, double userRatio, long reclaimable) {
        DiveEfficiency d = new DiveEfficiency(efficiency, wasted, Double.isFinite(userRatio) ? userRatio : null, 0, 0,
                List.of(), List.of(), userRatio);
        return new FilesReport("s", "oci", List.of(), null, 1, 0, 0, efficiency, wasted, d.userWastedPercent(),
                reclaimable, d, new Reclaimable(reclaimable, reclaimable, 0, List.of(), List.of()), "x", List.of(), List.of(),
                List.of());
    }

    private static String status(CiReport r, CiRule rule) {
        return r.rules().stream().filter(x -> x.rule().equals(rule.key())).findFirst().orElseThrow().status();
    }

    /** dive's table, with its strict comparisons: equal to the threshold passes. */
    @ParameterizedTest(name = "{0}={1} measured {2} -> {3}")
    @CsvSource({
        "lowestEfficiency, 0.9, 0.9, PASS",
        "lowestEfficiency, 0.9, 0.8999, FAIL",
        "lowestEfficiency, 0.9, 1.0, PASS",
        "lowestEfficiency, disabled, 0.1, SKIP",
        "highestUserWastedPercent, 0.1, 0.1, PASS",
        "highestUserWastedPercent, 0.1, 0.1001, FAIL",
        "highestUserWastedPercent, off, 0.9, SKIP",
        "highestUserWastedPercent, 0.1, NaN, PASS",
        "highestUserWastedPercent, 0.1, Infinity, FAIL",
        "highestWastedBytes, 20MB, 20000000, PASS",
        "highestWastedBytes, 20MB, 20000001, FAIL",
        "highestWastedBytes, 1.5GiB, 1610612736, PASS",
        "highestWastedBytes, 1.5GiB, 1610612737, FAIL",
        "highestWastedBytes, false, 99999999999, SKIP",
        "highestReclaimableBytes, 1kB, 1000, PASS",
        "highestReclaimableBytes, 1kB, 1001, FAIL",
    })
    void ruleComparesStrictlyLikeDive(String key, String threshold, String measured, String expected) {
        CiRule rule = CiRule.byKey(key);
        double m = Double.parseDouble(measured);
        FilesReport r = switch (rule) {
            case LOWEST_EFFICIENCY -> report(m, 0, 0, 0);
            case HIGHEST_USER_WASTED_PERCENT -> report(1, 0, m, 0);
            case HIGHEST_WASTED_BYTES -> report(1, (long) m, 0, 0);
            case HIGHEST_RECLAIMABLE_BYTES -> report(1, 0, 0, (long) m);
        };
        CiReport ci = CiGate.evaluate(r, CiThresholds.defaults().with(rule, threshold, "test"));
        assertEquals(expected, status(ci, rule));
        assertEquals(!expected.equals("FAIL"), ci.pass() || !status(ci, rule).equals("FAIL"));
    }

    @Test
    void defaultsAreDives() {
        CiReport ci = CiGate.evaluate(report(0.95, 5, 0.05, 7), CiThresholds.defaults());
        assertEquals("PASS", status(ci, CiRule.LOWEST_EFFICIENCY));
        assertEquals("SKIP", status(ci, CiRule.HIGHEST_WASTED_BYTES));
        assertEquals("PASS", status(ci, CiRule.HIGHEST_USER_WASTED_PERCENT));
        assertEquals("SKIP", status(ci, CiRule.HIGHEST_RECLAIMABLE_BYTES));
        assertTrue(ci.pass());
        assertEquals(2, ci.passed());
        assertEquals(2, ci.skipped());
    }

    @Test
    void outOfRangeFractionIsAUsageErrorNamingTheSource() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> CiGate.evaluate(report(1, 0, 0, 0),
                CiThresholds.defaults().with(CiRule.LOWEST_EFFICIENCY, "1.5", "--lowest-efficiency")));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--lowest-efficiency") && e.getMessage().contains("between 0 and 1"),
                e.getMessage());
    }

    @Test
    void diveCiFileIsReadWithCamelCaseKeys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n"
                + "  highestUserWastedPercent: disabled\n");
        CiThresholds t = CiConfig.load(dir);
        assertEquals(new CiThresholds.Setting("0.95", ".dive-ci"), t.get(CiRule.LOWEST_EFFICIENCY));
        assertEquals(new CiThresholds.Setting("20MB", ".dive-ci"), t.get(CiRule.HIGHEST_WASTED_BYTES));
        CiReport ci = CiGate.evaluate(report(0.96, 30_000_000, 0.5, 0), t);
        assertEquals("PASS", status(ci, CiRule.LOWEST_EFFICIENCY));
        assertEquals("FAIL", status(ci, CiRule.HIGHEST_WASTED_BYTES));
        assertEquals("SKIP", status(ci, CiRule.HIGHEST_USER_WASTED_PERCENT));
    }

    @Test
    void dockscopeYamlBeatsDiveCiAndFalseDisables(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: 0.95\n");
        Files.writeString(dir.resolve(".dockscope.yaml"), "image:\n  ci:\n    lowestEfficiency: false\n"
                + "    highestReclaimableBytes: 1.5GiB\n");
        CiThresholds t = CiConfig.load(dir);
        assertEquals(new CiThresholds.Setting("false", ".dockscope.yaml"), t.get(CiRule.LOWEST_EFFICIENCY));
        assertEquals("SKIP", status(CiGate.evaluate(report(0.1, 0, 0, 0), t), CiRule.LOWEST_EFFICIENCY));
        assertEquals("FAIL", status(CiGate.evaluate(report(1, 0, 0, 1610612737L), t), CiRule.HIGHEST_RECLAIMABLE_BYTES));
    }

    @Test
    void dockscopeYamlIsFoundAboveTheCurrentFolderAsLintFindsIt(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("services/api"));
        Files.writeString(dir.resolve(".dockscope.yaml"), "image:\n  ci:\n    lowestEfficiency: 0.97\n");
        assertEquals(new CiThresholds.Setting("0.97", ".dockscope.yaml"), CiConfig.load(sub).get(CiRule.LOWEST_EFFICIENCY));
    }

    @Test
    void topLevelRulesInDockscopeYamlAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".dockscope.yaml"), "rules:\n  highestUserWastedPercent: 0.25\n");
        assertEquals(new CiThresholds.Setting("0.25", ".dockscope.yaml"),
                CiConfig.load(dir).get(CiRule.HIGHEST_USER_WASTED_PERCENT));
    }

    @Test
    void unknownRuleOrBadValueInAFileIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEficiency: 0.9\n");
        DockscopeException e = assertThrows(DockscopeException.class, () -> CiConfig.load(dir));
        assertTrue(e.getMessage().contains("unknown CI rule \"lowestEficiency\""), e.getMessage());
        Files.writeString(dir.resolve(".dive-ci"), "rules:\n  highestWastedBytes: lots\n");
        e = assertThrows(DockscopeException.class, () -> CiConfig.load(dir));
        assertTrue(e.getMessage().contains("highestWastedBytes (from .dive-ci)"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"20MB, 20000000", "20 mb, 20000000", "1.5GiB, 1610612736", "512, 512", "1k, 1000", "1KiB, 1024",
        "2.5 MiB, 2621440", "'1,000 B', 1000"})
    void sizesParseLikeGoHumanize(String text, long bytes) {
        assertEquals(bytes, ByteSize.parse(text));
    }
}
