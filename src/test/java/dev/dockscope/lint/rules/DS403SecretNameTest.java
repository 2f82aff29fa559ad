package dev.dockscope.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * DS403 tells a secret's name without regular expressions; these are the expressions it used, and its answer must
 * be theirs on every name: the words it looks for in any case, the harmless endings, non-ASCII letters that
 * lower-case to ASCII ones (the Kelvin sign, the dotted capital I), and line terminators, which {@code .} does not
 * match.
 */
class DS403SecretNameTest {
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(?:password|passwd|secret|token|api_?key|access_?key|private_?key|credentials?|auth).*");
    private static final Pattern HARMLESS = Pattern.compile(
            "(?i).*(?:_file|_path|_dir|_url|_user(?:name)?|_id|_version|public_?keys?)$");

    private static boolean byRegex(String name) {
        return SECRET.matcher(name).matches() && !HARMLESS.matcher(name).matches();
    }

    @Test
    void namedCases() {
        assertTrue(DS403SecretInArgEnv.secret("DB_PASSWORD"));
        assertTrue(DS403SecretInArgEnv.secret("npm_Token"));
        assertTrue(DS403SecretInArgEnv.secret("AWS_ACCESS_KEY"));
        assertFalse(DS403SecretInArgEnv.secret("PASSWORD_FILE"));
        assertFalse(DS403SecretInArgEnv.secret("SSH_PUBLIC_KEYS"));
        assertFalse(DS403SecretInArgEnv.secret("ACCESS_\u212AEY"), "the Kelvin sign is no ASCII K");
        assertFalse(DS403SecretInArgEnv.secret("TOKEN\n"), "a line terminator");
        assertFalse(DS403SecretInArgEnv.secret("HOME"));
    }

    @Test
    void theSameAnswerAsTheRegularExpressionsOnManyNames() {
        String[] parts = {"password", "PASSWD", "Secret", "tOkEn", "api_key", "APIKEY", "access_key", "ACCESSKEY",
            "private_key", "credential", "CREDENTIALS", "auth", "AUTH", "_file", "_PATH", "_dir", "_url", "_user",
            "_USERNAME", "_id", "_version", "public_key", "PUBLICKEYS", "_", "A", "db", "x", "\u212A", "\u0130",
            "\u0131", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u00e9", "=", "$", "9", "\u017F"};
        List<String> names = GeneratedNames.of(parts, 15, 20000);
        int secrets = 0;
        for (String name : names) {
            boolean expected = byRegex(name);
            secrets += expected ? 1 : 0;
            assertEquals(expected, DS403SecretInArgEnv.secret(name), name);
        }
        assertTrue(secrets > 1000 && secrets < 19000, "both answers are common: " + secrets);
    }
}
