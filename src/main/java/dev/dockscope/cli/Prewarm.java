package dev.dockscope.cli;

import dev.dockscope.StartupTrace;
import dev.dockscope.analysis.CacheStory;
import dev.dockscope.analysis.HistoryInstruction;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.RunDefaults;
import dev.dockscope.docker.ImageRecords;
import dev.dockscope.docker.ImageRefs;
import dev.dockscope.docker.JsonTree;
import dev.dockscope.model.Redaction;
import dev.dockscope.render.text.ImageTextRenderer;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;

/**
 * Start-up overlap on the second core (bench/README.md, "Start-up, fifth pass" and "seventh pass"). Once the command
 * line names a command that reads the daemon, two daemon threads initialise, while the main thread builds picocli's
 * model, what that command needs first and what costs most to set up. One takes the JDK's socket layer: the
 * unix-domain sockets (their selector provider lookup and the secure random behind it, which reads the JDK's security
 * properties and sets up its first provider: an unconnected socket opened and closed again) and the platform's
 * extended socket options. The other takes the JSON reader (a constant parsed), and for {@code image} the ref checks, record builders, history parser,
 * explainer, redaction and cache-story patterns and renderer, and then the logger that JDK 21+ System.exit asks.
 * The main thread meets the socket layer first and the reader next; while it waits for the first, its core is free
 * for the second. This only loads and initialises classes: it reads no file, connects nowhere, sends no request and
 * prints nothing, so what a command does and prints is the same whether this finishes first, last or never; a
 * failure here is ignored (the main thread then meets it itself and reports it).
 */
final class Prewarm {
    /** Commands that read the daemon (through the unix socket by default) and parse its JSON. */
    private static final Set<String> DAEMON = Set.of("image", "container", "health", "version", "runtime", "network",
            "volume");

    private Prewarm() {
    }

    /**
     * Starts the threads for {@code command} (the name the command line gives, or null) and returns them, or returns
     * an empty list when that command reads no daemon (nothing to warm).
     */
    static List<Thread> forCommand(String command) {
        if (command == null || !DAEMON.contains(command)) {
            return List.of();
        }
        List<Class<?>> classes = command.equals("image")
                ? List.of(ImageRefs.class, ImageRecords.class, HistoryInstruction.class, ImageExplainer.class,
                        RunDefaults.class, Redaction.class, CacheStory.class, ImageTextRenderer.class)
                : List.of();
        // two threads: the main thread meets the socket layer first and the JSON parser next, and while it waits
        // for the first its core is free for the second
        return List.of(start("dockscope-prewarm-socket", Prewarm::sockets),
                start("dockscope-prewarm", () -> parsers(classes)));
    }

    private static Thread start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sockets() {
        StartupTrace.other("prewarm: sockets start");
        try {
            SocketChannel.open(StandardProtocolFamily.UNIX).close();
        } catch (IOException | RuntimeException | LinkageError ignored) {
            // no unix sockets here: the main thread finds out when (and if) it needs one
        }
        StartupTrace.other("prewarm: unix socket");
        try {
            // the first close of a connected socket initialises the JDK's socket layer, and with it the platform's
            // extended socket options (a class found by name, made by reflection, a native library): ≈ 4 ms
            ExtendedSocketOptions.TCP_KEEPIDLE.name();
        } catch (RuntimeException | LinkageError ignored) {
            // not on this platform: nothing to warm
        }
        StartupTrace.other("prewarm: sockets done");
    }

    private static void parsers(List<Class<?>> classes) {
        try {
            JsonTree.parse("{\"a\":[1,\"b\",true,null,1.5,{\"c\":[]}]}");
            StartupTrace.other("prewarm: json");
            ClassLoader loader = Prewarm.class.getClassLoader();
            for (Class<?> c : classes) {
                Class.forName(c.getName(), true, loader);
            }
            if (Runtime.version().feature() >= 21) {
                // JDK 21+ System.exit asks this logger whether to log the exit: its first use sets up the platform's
                // logging (≈ 4 ms at the end of every run)
                System.getLogger("java.lang.Runtime").isLoggable(System.Logger.Level.DEBUG);
            }
            StartupTrace.other("prewarm: parsers done");
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // the main thread loads these anyway and reports what goes wrong
        }
    }
}
