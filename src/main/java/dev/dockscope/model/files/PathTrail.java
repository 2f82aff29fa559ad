package dev.dockscope.model.files;

import java.util.List;

/** The layers that touched one path, bottom-up, and whether the final filesystem shows it. */
public record PathTrail(String path, List<PathEvent> events, boolean presentAtEnd) {
}
