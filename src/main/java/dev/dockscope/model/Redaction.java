package dev.dockscope.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in text shown to anyone: values of {@code NAME=value} assignments whose names look secret
 * (PASSWORD, TOKEN, API_KEY…), and the user-info of URLs ({@code postgres://admin:pw@db} shows as
 * {@code postgres://<redacted>@db}). Used by every view of lint findings (snippets and messages, in every format),
 * by image env, labels and history, and wherever an endpoint is echoed.
 */
public final class Redaction {
    public static final String REDACTED = "<redacted>";
    private static final String SECRET_WORDS = "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY"
            + "|PRIVATE_?KEY|CREDENTIALS?|AUTH(?!OR)|_KEY\\b|^KEY\\b";
    private static final Pattern SECRET_NAME = Pattern.compile(SECRET_WORDS, Pattern.CASE_INSENSITIVE);
    /** NAME=value or NAME="value" or NAME='value', as written in ENV, ARG, history lines and shell. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.-]*)(\\s*=\\s*|:\\s+)(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");
    /** ENV NAME value and LABEL NAME value (the legacy space forms: the value is the rest of the line). */
    private static final Pattern ENV_SPACE = Pattern.compile(
            "(?i)^(\\s*(?:ENV|LABEL)\\s+)([A-Za-z_][A-Za-z0-9_.-]*)(\\s+)(?![A-Za-z_][A-Za-z0-9_.-]*=)(.+)$");
    /** scheme://user:password@host or scheme://token@host. */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/\\s@\"']+)@");

    private Redaction() {
    }

    /** Whether a variable name looks like it holds a secret. */
    public static boolean looksSecret(String name) {
        return name != null && SECRET_NAME.matcher(name).find();
    }

    /** A value shown next to its name: redacted whole when the name looks secret, else its URL user-info. */
    public static String value(String name, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return looksSecret(name) ? REDACTED : urls(value);
    }

    /**
     * Prose that may quote values (a lint message): secret assignments and URL user-info. Not the legacy
     * {@code ENV NAME value} form: that is a line shape, and a sentence that begins "ENV DB_PASSWORD ..." would lose
     * everything after the name (its words are no value).
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = urls(text);
        if (out.indexOf('=') >= 0 || out.indexOf(':') >= 0) {
            out = ASSIGNMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(looksSecret(m.group(1))
                    ? m.group(1) + m.group(2) + REDACTED : m.group()));
        }
        return out;
    }

    /** URL user-info only. */
    public static String urls(String text) {
        if (text == null || text.indexOf("://") < 0) {
            return text;
        }
        return USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + REDACTED + "@"));
    }

    /**
     * A line as written (a Dockerfile line, a history entry): secret assignments, URL user-info, and the legacy
     * {@code ENV NAME value} and {@code LABEL NAME value} forms, whose value is the whole rest of the line.
     */
    public static String line(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text(text);
        Matcher env = ENV_SPACE.matcher(out);
        if (env.matches() && looksSecret(env.group(2))) {
            out = env.group(1) + env.group(2) + env.group(3) + REDACTED;
        }
        return out;
    }
}
