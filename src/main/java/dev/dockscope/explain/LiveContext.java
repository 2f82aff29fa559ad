package dev.dockscope.explain;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the live examples may read: a read-only subset of {@code docker/Engine} as records (answers may be cached for
 * the run) and the working directory (for {@code ./Dockerfile}). Tests hand in canned daemon answers.
 */
public interface LiveContext {
    DaemonVersion version();

    DaemonInfo info();

    List<ImageSummary> images();

    ImageDetails image(String ref);

    /** Oldest first. */
    List<ImageData.HistoryEntry> imageHistory(String ref);

    List<ContainerSummary> containers(boolean all);

    ContainerDetails container(String id);

    /** Empty when the container is not running. */
    Optional<ContainerStats> stats(String id);

    List<NetworkDetails> networks();

    NetworkDetails network(String id);

    List<VolumeDetails> volumes();

    Path workingDir();
}
