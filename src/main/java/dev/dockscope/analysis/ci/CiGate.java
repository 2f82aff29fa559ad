package dev.dockscope.analysis.ci;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.ci.CiComparison;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.ci.CiRuleResult;
import dev.dockscope.model.files.FilesReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the thresholds against a {@link FilesReport} with dive's strict comparisons: efficiency fails when
 * threshold &gt; efficiency; the others fail when value &gt; threshold. An undefined userWastedPercent (dive's NaN)
 * passes and an infinite one (wasted bytes but no user bytes) fails, as in dive.
 */
public final class CiGate {
    private CiGate() {
    }

    public static CiReport evaluate(FilesReport report, CiThresholds thresholds) {
        List<CiRuleResult> results = new ArrayList<>();
        int pass = 0;
        int fail = 0;
        int skip = 0;
        for (CiRule rule : CiRule.values()) {
            CiThresholds.Setting s = thresholds.get(rule);
            double measured = switch (rule) {
                case LOWEST_EFFICIENCY -> report.efficiency();
                case HIGHEST_WASTED_BYTES -> report.wastedBytes();
                case HIGHEST_USER_WASTED_PERCENT -> report.dive().userWastedRatio();
                case HIGHEST_RECLAIMABLE_BYTES -> report.reclaimableBytes();
            };
            Double shown = Double.isFinite(measured) ? measured : null;
            if (CiRule.isDisabled(s.value())) {
                skip++;
                results.add(new CiRuleResult(rule.key(), "SKIP", shown, null, s.value(), s.source(), null,
                        CiComparison.disabled(rule.key(), unit(rule), measured)));
                continue;
            }
            double threshold = validate(rule, s.value(), s.source());
            boolean failed = switch (rule) {
                case LOWEST_EFFICIENCY -> threshold > measured;
                case HIGHEST_WASTED_BYTES, HIGHEST_RECLAIMABLE_BYTES -> (long) measured > (long) threshold;
                case HIGHEST_USER_WASTED_PERCENT -> measured > threshold;
            };
            String comparison = rule == CiRule.LOWEST_EFFICIENCY ? (failed ? "<" : ">=") : (failed ? ">" : "<=");
            CiComparison message = new CiComparison(rule.key(), unit(rule), measured, comparison, threshold);
            if (failed) {
                fail++;
            } else {
                pass++;
            }
            results.add(new CiRuleResult(rule.key(), failed ? "FAIL" : "PASS", shown, threshold, s.value(),
                    s.source(), comparison, message));
        }
        return new CiReport(fail == 0, pass, fail, skip, List.copyOf(results));
    }

    /** Parses a rule's value (not disabled); a bad one is a usage error naming where it was set. */
    static double validate(CiRule rule, String value, String source) {
        if (CiRule.isDisabled(value)) {
            return Double.NaN;
        }
        try {
            if (rule.isSize()) {
                return ByteSize.parse(value);
            }
            double v = Double.parseDouble(value.strip());
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(rule.key() + " must be between 0 and 1 (a fraction: 0.1 = 10 %), "
                        + "got " + value.strip());
            }
            return v;
        } catch (IllegalArgumentException e) {
            String why = e instanceof NumberFormatException ? "not a number: \"" + value.strip() + "\"" : e.getMessage();
            throw new DockscopeException(ExitCode.USAGE, "invalid " + rule.key() + " (from " + source + "): " + why
                    + ".", "Use a number like 0.9, a size like 20MB or 1.5GiB, or disabled.");
        }
    }

    private static CiComparison.Unit unit(CiRule rule) {
        return rule.isSize() ? CiComparison.Unit.BYTES : CiComparison.Unit.FRACTION;
    }
}
