package dev.dockscope;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** dockscope's own version, from the build. */
public final class VersionProvider {
    private static final String VERSION = load();

    private VersionProvider() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dockscope-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
