package dev.dockscope.docker.compose;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.compose.ComposeLoader;
import dev.dockscope.analysis.compose.Interpolation;
import dev.dockscope.model.compose.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The compose file reader: finds the files (the {@code -f} list, or the default names in the folder), reads the
 * project's {@code .env}, and gives {@link ComposeLoader} the files it asks for. Files above 4 MB are refused.
 */
public final class ComposeFiles {
    /** The names Compose looks for, in its order; the first that exists wins, then its override. */
    public static final List<String> DEFAULT_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private ComposeFiles() {
    }

    /**
     * One compose document given as text (no other files: includes and {@code extends.file} are reported missing).
     * Bad input throws only {@link DockscopeException}.
     */
    public static ComposeLoader.Loaded parse(String text, String fileName, Map<String, String> env) {
        try {
            return loadText(text, fileName, env, ".", Set.of());
        } catch (DockscopeException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new DockscopeException(ExitCode.USAGE, fileName + ": cannot read this compose file ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The same document through the loader, with the loader's own exceptions: {@link #parse} turns any that is not a
     * {@link DockscopeException} into one, so a fuzz test calls this to see them.
     */
    public static ComposeLoader.Loaded loadText(String text, String fileName, Map<String, String> env, String workingDir,
                                                Set<String> profiles) {
        ComposeLoader.Files io = new ComposeLoader.Files() {
            @Override
            public String read(String path) {
                return path.equals(fileName) ? text : null;
            }

            @Override
            public Node parse(String t, String path) {
                return ComposeYaml.parse(t, path);
            }

            @Override
            public String resolve(String fromFile, String relative) {
                return relative;
            }
        };
        return ComposeLoader.load(io, new ComposeLoader.Input(List.of(fileName), workingDir, env::get, profiles, null));
    }

    /**
     * Loads a project from files. {@code files} empty: the default names in {@code dir} and {@code compose.override.*}
     * (or {@code docker-compose.override.*}) next to it. {@code env} the process environment; {@code .env} in the
     * project folder fills in what the environment does not set. {@code COMPOSE_PROFILES} adds to the profiles.
     */
    public static ComposeLoader.Loaded load(Path dir, List<Path> files, Function<String, String> env,
                                            Set<String> profiles, String projectName) {
        List<Path> chosen = new ArrayList<>(files);
        if (chosen.isEmpty()) {
            for (String n : DEFAULT_NAMES) {
                if (Files.isRegularFile(dir.resolve(n))) {
                    chosen.add(dir.resolve(n));
                    String stem = n.substring(0, n.indexOf('.'));
                    for (String ext : List.of("yaml", "yml")) {
                        Path o = dir.resolve(stem + ".override." + ext);
                        if (Files.isRegularFile(o)) {
                            chosen.add(o);
                            break;
                        }
                    }
                    break;
                }
            }
            if (chosen.isEmpty()) {
                throw new DockscopeException(ExitCode.USAGE, "no compose file in " + dir + " (looked for "
                        + String.join(", ", DEFAULT_NAMES) + ")", "Name one with -f FILE.");
            }
        }
        for (Path f : chosen) {
            if (!Files.isRegularFile(f)) {
                throw new DockscopeException(ExitCode.USAGE, "no such compose file: " + f);
            }
        }
        Path projectDir = chosen.get(0).toAbsolutePath().normalize().getParent();
        Map<String, String> dotenv = new HashMap<>();
        Path envFile = projectDir.resolve(".env");
        if (Files.isRegularFile(envFile)) {
            dotenv.putAll(Interpolation.dotenv(read(envFile), env));
        }
        Function<String, String> lookup = k -> env.apply(k) != null ? env.apply(k) : dotenv.get(k);
        Set<String> active = new LinkedHashSet<>(profiles);
        String cp = lookup.apply("COMPOSE_PROFILES");
        if (cp != null) {
            for (String p : cp.split(",")) {
                if (!p.isBlank()) {
                    active.add(p.trim());
                }
            }
        }
        String name = projectName != null ? projectName : lookup.apply("COMPOSE_PROJECT_NAME");
        List<String> paths = chosen.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        ComposeLoader.Files io = new ComposeLoader.Files() {
            @Override
            public String read(String path) {
                Path p = Path.of(path);
                return Files.isRegularFile(p) ? ComposeFiles.read(p) : null;
            }

            @Override
            public Node parse(String text, String path) {
                return ComposeYaml.parse(text, path);
            }

            @Override
            public String resolve(String fromFile, String relative) {
                Path base = Path.of(fromFile).getParent();
                return (base == null ? Path.of(relative) : base.resolve(relative)).normalize().toString();
            }
        };
        return ComposeLoader.load(io, new ComposeLoader.Input(paths, projectDir.toString(), lookup, Set.copyOf(active),
                name));
    }

    static String read(Path p) {
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new DockscopeException(ExitCode.USAGE, p + ": larger than 4 MB, not a compose file");
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DockscopeException(ExitCode.USAGE, p + ": not UTF-8 text");
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot read " + p + ": " + e.getMessage());
        }
    }
}
