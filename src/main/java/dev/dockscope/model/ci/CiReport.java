package dev.dockscope.model.ci;

import java.util.List;

/** The CI gate's verdict: {@code pass} is false when any rule failed (exit 1). */
public record CiReport(boolean pass, int passed, int failed, int skipped, List<CiRuleResult> rules) {
}
