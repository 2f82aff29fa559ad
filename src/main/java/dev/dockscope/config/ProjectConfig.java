package dev.dockscope.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's {@code .dockscope.yaml} is: the one lookup rule for every reader of it (lint's rules, the image
 * CI gate's thresholds). The nearest {@code .dockscope.yaml} (or {@code .dockscope.yml}) in the folder or one of its
 * parents wins, the way {@code .editorconfig} and {@code .hadolint.yaml} are found.
 */
public final class ProjectConfig {
    public static final String FILE_NAME = ".dockscope.yaml";
    static final List<String> NAMES = List.of(FILE_NAME, ".dockscope.yml");

    private ProjectConfig() {
    }

    /** The nearest config file at or above {@code dir}, if any. */
    public static Optional<Path> find(Path dir) {
        Path d = dir == null ? null : dir.toAbsolutePath().normalize();
        while (d != null) {
            for (String name : NAMES) {
                Path f = d.resolve(name);
                if (Files.isRegularFile(f)) {
                    return Optional.of(f);
                }
            }
            d = d.getParent();
        }
        return Optional.empty();
    }
}
