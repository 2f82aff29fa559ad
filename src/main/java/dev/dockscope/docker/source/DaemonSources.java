package dev.dockscope.docker.source;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.text.Sanitizer;

/**
 * Picks how {@code --files} reads an image from a daemon: its layer store on this machine (about a second for a
 * 2 GB image) or its export stream (which the daemon stages whole before the first byte). {@code /info} is asked
 * once per run. With {@link SourceMode#auto}, anything that keeps the store from being used (a remote daemon, the
 * containerd image store, a folder this user may not read, a layer whose index is damaged or does not match) falls
 * back to the export, and the reason travels with the result ({@link ImageContents#sourceNote()}).
 */
public final class DaemonSources {
    private final DaemonReader daemon;
    private final SourceMode mode;
    private LayerStoreImageSource.Location location;

    public DaemonSources(DaemonReader daemon, SourceMode mode) {
        this.daemon = daemon;
        this.mode = mode;
    }

    /**
     * @param imageId the image's id ({@code sha256:…})
     * @param platform for the export of a multi-platform image, or null
     * @param expectedBytes the image's size, for the export's progress
     */
    public ImageContents read(String imageId, String platform, long expectedBytes, ProgressListener progress) {
        String note = null;
        if (mode != SourceMode.export) {
            LayerStoreImageSource.Location where = location();
            if (where.store() == null) {
                note = LayerStoreImageSource.PREFIX + where.reason();
                if (mode == SourceMode.store) {
                    throw new DockscopeException(ExitCode.USAGE, "--source store: " + note + ".",
                            "Use --source export (or auto) to read the image through the daemon's export.");
                }
            } else {
                try {
                    return new LayerStoreImageSource(where.store(), imageId).read(progress);
                } catch (DockscopeException e) {
                    note = e.getMessage().startsWith(LayerStoreImageSource.PREFIX) ? e.getMessage()
                            : LayerStoreImageSource.PREFIX + e.getMessage();
                    if (mode == SourceMode.store) {
                        throw new DockscopeException(ExitCode.USAGE, "--source store: " + note,
                                "Use --source export (or auto) to read the image through the daemon's export.", e);
                    }
                }
            }
        }
        ImageContents c = new DaemonImageSource(daemon, imageId, platform, expectedBytes).read(progress);
        return c.withSource("export", note == null ? null : Sanitizer.line(strip(note)));
    }

    private static String strip(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Where the daemon keeps its layers, from its endpoint and {@code /info} (asked once). */
    LayerStoreImageSource.Location location() {
        if (location == null) {
            String host = daemon.endpoint().host();
            if (!host.startsWith("unix://")) {
                location = LayerStoreImageSource.locate(host, null, null, null);
            } else {
                // the containerd image store says so in DriverStatus: [["driver-type", "io.containerd.snapshotter.v1"]]
                DaemonInfo info = new Engine(daemon).info();
                location = LayerStoreImageSource.locate(host, info.dockerRootDir(), info.driver(),
                        info.driverStatus().get("driver-type"));
            }
        }
        return location;
    }
}
