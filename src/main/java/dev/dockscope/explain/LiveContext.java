package dev.dockscope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * What the live examples may read: a read-only subset of {@code docker/DaemonReader} (answers may be cached for the
 * run) and the working directory (for {@code ./Dockerfile}). Tests hand in canned daemon answers.
 */
public interface LiveContext {
    JsonNode version();

    JsonNode info();

    JsonNode images();

    JsonNode imageInspect(String ref);

    JsonNode imageHistory(String ref);

    JsonNode containers(boolean all);

    JsonNode containerInspect(String id);

    JsonNode containerStats(String id);

    JsonNode networks();

    JsonNode networkInspect(String id);

    JsonNode volumes();

    Path workingDir();
}
