package dev.dockscope.docker;

import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.ContainerTop;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.daemon.DiskUsage;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.List;
import java.util.Optional;

/**
 * The daemon as dockscope's code above docker/ sees it: typed, immutable records built once from the Engine's answers
 * (API 1.41 to 1.50), every string sanitised. Only GET requests, through {@link DaemonReader}. Errors are
 * {@link dev.dockscope.DockscopeException}s: a missing object is exit 4 (not found), an unreachable daemon exit 3.
 */
public final class Engine {
    private final DaemonReader daemon;

    public Engine(DaemonReader daemon) {
        this.daemon = daemon;
    }

    /** The transport underneath (for the endpoint, the ping and image export). */
    public DaemonReader reader() {
        return daemon;
    }

    // ---- system ---------------------------------------------------------------------------------------------

    public DaemonVersion version() {
        return SystemRecords.version(daemon.version());
    }

    public DaemonInfo info() {
        return SystemRecords.info(daemon.info());
    }

    public DiskUsage systemDf() {
        return SystemRecords.diskUsage(daemon.systemDf());
    }

    // ---- images ---------------------------------------------------------------------------------------------

    /** Top-level images ({@code docker image ls}). */
    public List<ImageSummary> images() {
        return ImageRecords.summaries(daemon.images());
    }

    public ImageDetails image(String ref) {
        return ImageRecords.details(daemon.imageInspect(ref));
    }

    /** Oldest first. */
    public List<ImageData.HistoryEntry> imageHistory(String ref) {
        return ImageRecords.history(daemon.imageHistory(ref));
    }

    // ---- containers -----------------------------------------------------------------------------------------

    /** Running containers, or all with {@code all}. */
    public List<ContainerSummary> containers(boolean all) {
        return ContainerRecords.summaries(daemon.containers(all));
    }

    /** Inspect with sizes ({@code ?size=true}). */
    public ContainerDetails container(String idOrName) {
        return ContainerRecords.details(daemon.containerInspect(idOrName));
    }

    /** One sample; empty when the container is not running. */
    public Optional<ContainerStats> stats(String id) {
        return ContainerRecords.stats(daemon.containerStats(id));
    }

    /** The processes; empty when the container is not running. */
    public Optional<ContainerTop> top(String id) {
        return Optional.ofNullable(daemon.containerTopIfRunning(id)).map(ContainerRecords::top);
    }

    /** What the container's writable layer changed (also for stopped containers). */
    public List<ContainerChange> changes(String id) {
        return ContainerRecords.changes(daemon.containerChanges(id));
    }

    // ---- networks and volumes -------------------------------------------------------------------------------

    /** All networks; the list answer leaves {@link NetworkDetails#containers()} empty (inspect one to get them). */
    public List<NetworkDetails> networks() {
        return NetworkRecords.list(daemon.networks());
    }

    public NetworkDetails network(String idOrName) {
        return NetworkRecords.details(daemon.networkInspect(idOrName));
    }

    /** All volumes ({@link VolumeDetails#usage()} is null here; {@link #systemDf()} measures them). */
    public List<VolumeDetails> volumes() {
        return VolumeRecords.list(daemon.volumes());
    }

    public VolumeDetails volume(String name) {
        return VolumeRecords.details(daemon.volumeInspect(name));
    }
}
