package dev.dockscope.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * DS102 looks for the literal parts of its build-varying name pattern before upper-casing and matching a name:
 * the pre-check may only say "cannot match" where the pattern says so too, on ASCII names in any case and on names
 * with characters that upper-case to ASCII letters or to more than one (the long s, the dotless i, sharp s, ligatures).
 */
class DS102VolatileNameTest {
    private static boolean byPattern(String name) {
        return DS102VolatileArgBeforeRun.VOLATILE.matcher(name.toUpperCase(Locale.ROOT)).matches();
    }

    private static boolean byRule(String name) {
        return DS102VolatileArgBeforeRun.mayBeVolatile(name) && byPattern(name);
    }

    /** The rule's own matcher (no upper-casing, no pattern for ASCII names) agrees with the pattern everywhere. */
    @Test
    void matcherAgreesWithThePattern() {
        String[] named = {"BUILD_DATE", "build_date", "x_\n_DATE", "x\r_DATE", "_DATE", "DATE", "ADATE", "GIT_",
            "GIT_A", "git_a_b", "GIT_1", "GIT_SHA", "MY_GIT_SHA", "APP_VERSION", "MY_APP_VERSION", "VERSION",
            "XVERSION", "RELEASE", "MY_RELEASE", "CACHE_BUST", "A_CACHE_BUST", "\u017Fha", "\u00E9_DATE", ""};
        for (String name : named) {
            assertEquals(byPattern(name), DS102VolatileArgBeforeRun.isVolatile(name), name);
        }
    }

    @Test
    void namedCases() {
        assertTrue(DS102VolatileArgBeforeRun.mayBeVolatile("build_date"));
        assertTrue(DS102VolatileArgBeforeRun.mayBeVolatile("GIT_BRANCH"));
        assertTrue(DS102VolatileArgBeforeRun.mayBeVolatile("app_Version"));
        assertTrue(DS102VolatileArgBeforeRun.mayBeVolatile("\u017Fha"), "the long s upper-cases to S: left to the pattern");
        assertTrue(byPattern("\u017Fha"), "and the pattern matches it");
        assertFalse(DS102VolatileArgBeforeRun.mayBeVolatile("$A"));
        assertFalse(DS102VolatileArgBeforeRun.mayBeVolatile("HOME"));
        assertFalse(DS102VolatileArgBeforeRun.mayBeVolatile("NODE_ENV"));
    }

    @Test
    void neverSaysNoWhereThePatternSaysYes() {
        String[] parts = {"date", "TIME", "TimeStamp", "buildtime", "sha", "GIT_", "git_sha", "commit", "_SHA",
            "revision", "vcs_ref", "BUILD_NUMBER", "build_id", "build_info", "pipeline_id", "cachebust", "CACHE_BUST",
            "version", "APP_", "IMAGE_", "release", "_", "A", "x", "9", "$", "=", "{", "}", "-", "\n", "\u017F",
            "\u0131", "\u00DF", "\uFB01", "\u212A", "\u00E9", "\u0130"};
        List<String> names = GeneratedNames.of(parts, 102, 20000);
        int matching = 0;
        for (String name : names) {
            boolean expected = byPattern(name);
            matching += expected ? 1 : 0;
            assertEquals(expected, byRule(name), name);
            assertEquals(expected, DS102VolatileArgBeforeRun.isVolatile(name), name);
        }
        assertTrue(matching > 1000 && matching < 19000, "both answers are common: " + matching);
    }
}
