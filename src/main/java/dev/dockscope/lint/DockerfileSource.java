package dev.dockscope.lint;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding and reading Dockerfiles: names BuildKit users give them, text checks, clear errors. */
public final class DockerfileSource {
    /**
     * Larger inputs are refused with exit 2 (documented in {@code lint --help}): the largest real Dockerfiles are a
     * few hundred kB, and reading stops at this size whatever the file claims (devices and pipes report size 0).
     */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private DockerfileSource() {
    }

    /** True for {@code Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*} (not {@code *.dockerignore}). */
    public static boolean isDockerfileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".dockerignore")) {
            return false;
        }
        return n.equals("dockerfile") || n.endsWith(".dockerfile") || n.startsWith("dockerfile.");
    }

    /** A file as is; a directory searched recursively (hidden folders and node_modules skipped), sorted. */
    public static List<Path> expand(Path p) {
        if (!Files.exists(p)) {
            throw new DockscopeException(ExitCode.NOT_FOUND, "no such file or directory: " + p,
                    "Give a Dockerfile, a directory to search, or - for stdin.");
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(f -> Files.isRegularFile(f) && isDockerfileName(f.getFileName().toString()))
                    .filter(f -> !skipped(p, f))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot search " + p + ": " + e.getMessage());
        }
        return out;
    }

    private static boolean skipped(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            String n = part.toString();
            if (n.equals("node_modules") || n.startsWith(".") && n.length() > 1 && !n.equals(f.getFileName()
                    .toString())) {
                return true;
            }
        }
        return false;
    }

    public static String read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return read(in, p.toString());
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + p + ": " + e.getMessage());
        }
    }

    public static String read(InputStream in, String name) {
        try {
            byte[] b = in.readNBytes((int) MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw new DockscopeException(ExitCode.USAGE, name + " is larger than " + (MAX_BYTES >> 20)
                        + " MB; that is not a Dockerfile", "dockscope lint reads at most " + (MAX_BYTES >> 20)
                        + " MB per file.");
            }
            return decode(b, name);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + name + ": " + e.getMessage());
        }
    }

    /** UTF-8 text, or a clear "not a text file" error for binary content (NUL bytes or invalid UTF-8). */
    static String decode(byte[] bytes, String name) {
        for (byte b : bytes) {
            if (b == 0) {
                throw binary(name);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw binary(name);
        }
    }

    private static DockscopeException binary(String name) {
        return new DockscopeException(ExitCode.USAGE, name + " is not a text file (binary content or not UTF-8)",
                "Point dockscope lint at a Dockerfile.");
    }
}
