package dev.dockscope.render.prose;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.model.ci.CiComparison;
import java.util.Locale;

/** The CI gate's rule messages: {@code lowestEfficiency 0.8000 < 0.9000}, {@code highestWastedBytes is disabled}. */
public final class CiProse {
    private CiProse() {
    }

    /** The whole message, led by the rule's key (JSON {@code message}, JUnit). */
    public static String message(CiComparison c) {
        return c.rule() + " " + outcome(c);
    }

    /** The message after the rule's key: {@code 25.0 MB > 20.0 MB}, {@code is disabled}. */
    public static String outcome(CiComparison c) {
        if (c.isDisabled()) {
            return "is disabled";
        }
        return value(c.unit(), c.measured()) + " " + c.comparison() + " " + value(c.unit(), c.threshold());
    }

    /** A fraction to four places, bytes for humans (the exact numbers are in measured / threshold). */
    static String value(CiComparison.Unit unit, double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (Double.isInfinite(v)) {
            return "infinite";
        }
        if (unit == CiComparison.Unit.BYTES) {
            return Bytes.human((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
