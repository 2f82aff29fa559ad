package dev.dockscope.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code .dockerignore} with Docker's matching rules: one pattern a line, {@code #} comments, patterns cleaned
 * and made relative (a leading {@code /} is dropped), {@code *} and {@code ?} never cross {@code /}, {@code **}
 * matches any number of directories, {@code !} re-includes, the last matching pattern wins, and a path is excluded
 * when it or any of its parent directories matches.
 */
public final class DockerIgnore {
    private record Entry(String text, boolean exclusion, Pattern regex) {
    }

    private final List<Entry> entries;
    private final Path file;

    private DockerIgnore(List<Entry> entries, Path file) {
        this.entries = entries;
        this.file = file;
    }

    /** The ignore file BuildKit would use for {@code dockerfile}: {@code <name>.dockerignore}, else the context's. */
    public static DockerIgnore find(Path dockerfile, Path context) {
        Path own = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
        Path shared = context.resolve(".dockerignore");
        for (Path p : List.of(own, shared)) {
            if (Files.isRegularFile(p)) {
                try {
                    return parse(Files.readString(p, StandardCharsets.UTF_8), p);
                } catch (IOException | java.io.UncheckedIOException e) {
                    return parse("", p);
                }
            }
        }
        return null;
    }

    public static DockerIgnore parse(String text, Path file) {
        List<Entry> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String p = raw.strip();
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            boolean exclusion = p.startsWith("!");
            if (exclusion) {
                p = p.substring(1).strip();
            }
            p = clean(p);
            if (p.isEmpty()) {
                continue;
            }
            out.add(new Entry(p, exclusion, Pattern.compile(regex(p))));
        }
        return new DockerIgnore(List.copyOf(out), file);
    }

    public Path file() {
        return file;
    }

    public List<String> patterns() {
        return entries.stream().map(e -> (e.exclusion ? "!" : "") + e.text).toList();
    }

    /** True when {@code path} (relative to the context, {@code /}-separated) is left out of the build context. */
    public boolean excluded(String path) {
        String p = clean(path);
        if (p.isEmpty() || p.equals(".")) {
            return false;
        }
        List<String> prefixes = new ArrayList<>();
        int slash = -1;
        while ((slash = p.indexOf('/', slash + 1)) >= 0) {
            prefixes.add(p.substring(0, slash));
        }
        prefixes.add(p);
        boolean matched = false;
        for (Entry e : entries) {
            if (e.exclusion && !matched) {
                continue;
            }
            boolean m = false;
            for (String candidate : prefixes) {
                if (e.regex.matcher(candidate).matches()) {
                    m = true;
                    break;
                }
            }
            if (m) {
                matched = !e.exclusion;
            }
        }
        return matched;
    }

    /** Like Go's filepath.Clean for relative slash paths, with a leading {@code /} removed. */
    static String clean(String p) {
        String s = p.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String part : s.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        return parts.isEmpty() ? (s.startsWith("/") || s.isEmpty() ? "" : ".") : String.join("/", parts);
    }

    static String regex(String pattern) {
        StringBuilder r = new StringBuilder("^");
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < n && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '/') {
                        i++;
                    }
                    r.append(i + 1 >= n ? ".*" : "(?:.*/)?");
                } else {
                    r.append("[^/]*");
                }
            } else if (c == '?') {
                r.append("[^/]");
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    r.append("\\[");
                } else {
                    String cls = pattern.substring(i + 1, close).replace("\\", "\\\\");
                    if (cls.startsWith("^") || cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    r.append('[').append(cls).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                r.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return r.append('$').toString();
    }
}
