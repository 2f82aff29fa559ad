package dev.dockscope.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one YAML mapper, created on first use (most runs read no YAML, and Jackson's start-up is a large part of ours),
 * and the one way a YAML file becomes a tree, with errors a user can act on. The tree is plain Java (maps keep the
 * file's key order, lists, and scalars as String, Number or Boolean): no Jackson type leaves this reader.
 */
public final class Yaml {
    private Yaml() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * The tree of a user's file ({@code what} prefixes the file in messages, e.g. "config "): a {@code Map}, a
     * {@code List}, a scalar, or null for an empty document. Unreadable or malformed YAML is a usage error naming the
     * file, line and column.
     */
    public static Object read(Path file, String what, String hint) {
        try {
            JsonNode tree = Holder.MAPPER.readTree(file.toFile());
            return tree == null || tree.isMissingNode() || tree.isNull() ? null
                    : Holder.MAPPER.treeToValue(tree, Object.class);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + what + file + ": " + describe(e), hint);
        }
    }

    /**
     * A value as configuration text: a scalar's own text, "null" for null, and "" for a mapping or a list (the way
     * the readers have always read a value of the wrong shape).
     */
    public static String text(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? "" : String.valueOf(value);
    }

    /** The first line of the parser's message, without Jackson's internals, with the line and column it names. */
    static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException) {
                return "not UTF-8 text";
            }
        }
        if (e instanceof JacksonException je) {
            String m = firstLine(je.getOriginalMessage());
            JsonLocation at = je.getLocation();
            return at != null && at.getLineNr() > 0 ? m + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : m;
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
