package dev.dockscope.model.daemon;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /info}, sanitised. {@code driverStatus} the storage driver's own pairs in order; {@code runtimes} their
 * names; {@code cgroupVersion} "1" or "2" ("" on engines that do not say); {@code memTotal} bytes; commits "" when
 * unknown; {@code labels} the daemon's own labels ({@code key=value} strings as configured).
 */
public record DaemonInfo(String id, String name, String serverVersion, String operatingSystem, String osType,
                         String kernelVersion, String architecture, int ncpu, long memTotal, String dockerRootDir,
                         String driver, Map<String, String> driverStatus, String cgroupDriver, String cgroupVersion,
                         String defaultRuntime, List<String> runtimes, String loggingDriver,
                         List<String> securityOptions, int containers, int containersRunning, int containersPaused,
                         int containersStopped, int images, String containerdCommit, String runcCommit,
                         String initBinary, boolean memoryLimit, boolean swapLimit, boolean cpuCfsQuota,
                         boolean cpuShares, boolean pidsLimit, boolean oomKillDisable, List<String> insecureRegistries,
                         List<String> registryMirrors, String indexServerAddress, List<String> labels,
                         List<String> warnings) {
}
