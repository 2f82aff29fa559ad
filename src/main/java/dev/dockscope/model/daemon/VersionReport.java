package dev.dockscope.model.daemon;

import dev.dockscope.VersionProvider;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dockscope version} and {@code dockscope --version} show, text and JSON alike.
 * {@code daemonError} is set (and {@code daemon} null) only when the daemon could not be asked.
 */
public record VersionReport(Client client, EndpointInfo endpoint, DaemonVersion daemon, String daemonError,
                            List<String> concepts) {

    /** This dockscope and the JVM it runs on. */
    public record Client(String version, String javaVersion, String os, String arch) {
        public static Client current() {
            return new Client(VersionProvider.version(), System.getProperty("java.version"),
                    System.getProperty("os.name").toLowerCase(Locale.ROOT), System.getProperty("os.arch"));
        }
    }
}
