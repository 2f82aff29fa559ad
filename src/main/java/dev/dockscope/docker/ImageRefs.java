package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.text.Sanitizer;
import java.util.regex.Pattern;

/**
 * Checks an image reference before it is sent to the daemon: {@code name[:tag][@digest]} or an id, in the
 * characters the distribution grammar allows. A malformed one is a usage error (exit 2), not a daemon failure.
 */
public final class ImageRefs {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");
    private static final Pattern ID = Pattern.compile("(?:sha256:)?[0-9a-f]{4,64}");

    private ImageRefs() {
    }

    public static String validate(String ref) {
        if (ref == null || ref.isEmpty()) {
            throw bad("", "it is empty");
        }
        if (ref.length() > 512) {
            throw bad(ref, "it is longer than 512 characters");
        }
        if (ID.matcher(ref).matches()) {
            return ref;
        }
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String digest = rest.substring(at + 1);
            if (!DIGEST.matcher(digest).matches()) {
                throw bad(ref, "\"" + digest + "\" after @ is not a digest (sha256:…)");
            }
            rest = rest.substring(0, at);
        }
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            String tag = rest.substring(colon + 1);
            if (!TAG.matcher(tag).matches()) {
                throw bad(ref, "\"" + tag + "\" is not a tag");
            }
            rest = rest.substring(0, colon);
        }
        String[] parts = rest.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean host = i == 0 && parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":")
                    || parts[0].equals("localhost"));
            if (!(host ? HOST : NAME).matcher(parts[i]).matches()) {
                throw bad(ref, "\"" + parts[i] + "\" is not a valid " + (host ? "registry host" : "name component")
                        + " (lower-case letters, digits, and . _ - between them)");
            }
        }
        return ref;
    }

    private static DockscopeException bad(String ref, String why) {
        return new DockscopeException(ExitCode.USAGE, "\"" + Sanitizer.line(ref) + "\" is not an image reference: "
                + Sanitizer.line(why) + ".", "Give name[:tag], name@sha256:…, or an image id.");
    }
}
