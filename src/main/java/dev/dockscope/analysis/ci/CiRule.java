package dev.dockscope.analysis.ci;

/** The CI thresholds: dive's three rules (names, defaults, strict comparisons) plus the true reclaimable figure. */
public enum CiRule {
    /** Fails when efficiency &lt; threshold (0..1). */
    LOWEST_EFFICIENCY("lowestEfficiency", "--lowest-efficiency", "0.9"),
    /** Fails when wastedBytes &gt; threshold (a size: 20MB, 1.5GiB). */
    HIGHEST_WASTED_BYTES("highestWastedBytes", "--highest-wasted-bytes", "disabled"),
    /** Fails when userWastedPercent &gt; threshold (a fraction 0..1, as in dive: 0.1 = 10 %). */
    HIGHEST_USER_WASTED_PERCENT("highestUserWastedPercent", "--highest-user-wasted-percent", "0.1"),
    /** Fails when reclaimableBytes &gt; threshold (a size). dockscope's own rule. */
    HIGHEST_RECLAIMABLE_BYTES("highestReclaimableBytes", "--highest-reclaimable-bytes", "disabled");

    private final String key;
    private final String flag;
    private final String defaultValue;

    CiRule(String key, String flag, String defaultValue) {
        this.key = key;
        this.flag = flag;
        this.defaultValue = defaultValue;
    }

    /** camelCase key, as in .dive-ci and JSON. */
    public String key() {
        return key;
    }

    public String flag() {
        return flag;
    }

    public String defaultValue() {
        return defaultValue;
    }

    boolean isSize() {
        return this == HIGHEST_WASTED_BYTES || this == HIGHEST_RECLAIMABLE_BYTES;
    }

    public static CiRule byKey(String key) {
        String k = key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        for (CiRule r : values()) {
            if (r.key.toLowerCase(java.util.Locale.ROOT).equals(k)) {
                return r;
            }
        }
        return null;
    }

    /** dive: empty, "disabled", "off" or "false" (any case) turns a rule off. */
    public static boolean isDisabled(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.isEmpty() || v.equals("disabled") || v.equals("off") || v.equals("false");
    }
}
