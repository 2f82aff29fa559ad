package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.DockscopeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The Docker CLI plugin {@code docker-scope}: a small shell script in {@code $DOCKER_CONFIG/cli-plugins/} that answers
 * the {@code docker-cli-plugin-metadata} handshake itself (no JVM, so {@code docker --help} stays fast) and otherwise
 * runs the dockscope launcher with {@code DOCKSCOPE_DOCKER_PLUGIN=1}, which makes dockscope read docker's global
 * options from the arguments docker passes on ({@link DockerPluginArgs}).
 */
public final class DockerCliPlugin {
    /** What docker lists next to the command in {@code docker --help}. */
    static final String SHORT_DESCRIPTION = "Explain your images, containers and Dockerfiles (dockscope)";
    static final String MARKER = "# written by `dockscope plugin install`";

    private final Path dir;

    /** {@code configDir}: the Docker CLI config folder ({@code $DOCKER_CONFIG}, default {@code ~/.docker}). */
    public DockerCliPlugin(Path configDir) {
        this.dir = configDir.resolve("cli-plugins");
    }

    public Path path() {
        return dir.resolve("docker-scope");
    }

    /** The JSON docker reads on {@code docker-scope docker-cli-plugin-metadata}. */
    static String metadata(String version) {
        return "{\"SchemaVersion\":\"0.1.0\",\"Vendor\":\"dockscope\",\"Version\":\"" + version
                + "\",\"ShortDescription\":\"" + SHORT_DESCRIPTION + "\"}";
    }

    /** The plugin script that runs {@code command} (already quoted for sh). */
    static String script(String version, String command) {
        return "#!/bin/sh\n"
                + MARKER + ": `docker scope …` runs dockscope\n"
                + "if [ \"$1\" = docker-cli-plugin-metadata ]; then\n"
                + "  echo '" + metadata(version) + "'\n"
                + "  exit 0\n"
                + "fi\n"
                + "DOCKSCOPE_DOCKER_PLUGIN=1 exec " + command + " \"$@\"\n";
    }

    /** Writes the plugin; returns what it runs. */
    public String install(String version, String command) {
        Path target = path();
        if (Files.exists(target) && !ours(target)) {
            throw DockscopeException.usage(target + " exists and was not written by dockscope; remove it first");
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".docker-scope", ".tmp");
            Files.writeString(tmp, script(version, command), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot write " + target + ": " + e.getMessage(), null, e);
        }
        return command;
    }

    /** Removes the plugin; false when there was none. */
    public boolean uninstall() {
        Path target = path();
        if (!Files.exists(target)) {
            return false;
        }
        if (!ours(target)) {
            throw DockscopeException.usage(target + " was not written by dockscope; leaving it alone");
        }
        try {
            Files.delete(target);
            return true;
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.USAGE, "cannot remove " + target + ": " + e.getMessage(), null, e);
        }
    }

    /** The command an installed plugin runs, or null when none is installed. */
    public String installedCommand() {
        Path target = path();
        if (!Files.isRegularFile(target) || !ours(target)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(target, StandardCharsets.UTF_8)) {
                if (line.startsWith("DOCKSCOPE_DOCKER_PLUGIN=1 exec ")) {
                    String rest = line.substring("DOCKSCOPE_DOCKER_PLUGIN=1 exec ".length());
                    return rest.endsWith(" \"$@\"") ? rest.substring(0, rest.length() - 5) : rest;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean ours(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(MARKER);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * How the plugin starts dockscope: the launcher this run came from ({@code DOCKSCOPE_LAUNCHER}, set by
     * {@code bin/dockscope} and {@code ./dockscope}), else this JVM on the jar this class was loaded from.
     */
    static String command(Io io) {
        String launcher = io.env("DOCKSCOPE_LAUNCHER");
        if (launcher != null && Path.of(launcher).isAbsolute() && Files.isExecutable(Path.of(launcher))) {
            return quote(launcher);
        }
        Path jar = ownJar();
        if (jar != null) {
            return quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -jar " + quote(jar.toString());
        }
        throw DockscopeException.usage("cannot tell how to start dockscope from here (not run from its launcher or jar); "
                + "run `dockscope plugin install` through bin/dockscope");
    }

    private static Path ownJar() {
        try {
            java.security.CodeSource cs = DockerCliPlugin.class.getProtectionDomain().getCodeSource();
            if (cs == null) {
                return null;
            }
            Path p = Path.of(cs.getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p.toAbsolutePath() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** Single-quotes a word for sh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
