package dev.dockscope.cli;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.CacheStory;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.docker.ImageRecords;
import dev.dockscope.docker.JsonTree;
import dev.dockscope.render.text.ImageTextRenderer;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;

/**
 * Start-up overlap on the second core (bench/README.md, "Start-up, fifth pass"). Once the command line names a
 * command that reads the daemon, a daemon thread initialises, while the main thread builds picocli's model, what
 * that command needs first and what costs most to set up: the JDK's unix-domain socket layer (its selector provider
 * lookup and the secure random behind it: an unconnected socket opened and closed again), the JSON parser (a
 * constant parsed), and for {@code image} the record builders, explainer, cache story (its patterns) and renderer,
 * and the number formats of the first size it prints. It only loads and initialises
 * classes: it reads no file, connects nowhere, sends no request and prints nothing, so what a command does and prints
 * is the same whether this finishes first, last or never; a failure here is ignored (the main thread then meets it
 * itself and reports it).
 */
final class Prewarm {
    /** Commands that read the daemon (through the unix socket by default) and parse its JSON. */
    private static final Set<String> DAEMON = Set.of("image", "container", "health", "version", "runtime", "network",
            "volume");

    private Prewarm() {
    }

    /**
     * Starts the thread for {@code command} (the name the command line gives, or null) and returns it, or returns null
     * when that command reads no daemon (nothing to warm).
     */
    static Thread forCommand(String command) {
        if (command == null || !DAEMON.contains(command)) {
            return null;
        }
        List<Class<?>> classes = command.equals("image")
                ? List.of(ImageRecords.class, ImageExplainer.class, CacheStory.class, ImageTextRenderer.class)
                : List.of();
        boolean sizes = command.equals("image");
        Thread t = new Thread(() -> run(classes, sizes), "dockscope-prewarm");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run(List<Class<?>> classes, boolean sizes) {
        try {
            SocketChannel.open(StandardProtocolFamily.UNIX).close();
        } catch (IOException | RuntimeException | LinkageError ignored) {
            // no unix sockets here: the main thread finds out when (and if) it needs one
        }
        try {
            JsonTree.parse("{\"a\":[1,\"b\",true,null,1.5,{\"c\":[]}]}");
            ClassLoader loader = Prewarm.class.getClassLoader();
            for (Class<?> c : classes) {
                Class.forName(c.getName(), true, loader);
            }
            if (sizes) {
                Bytes.human(1536); // its first String.format loads the number formats (≈ 14 ms)
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // the main thread loads these anyway and reports what goes wrong
        }
    }
}
