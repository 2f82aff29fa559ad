package dev.dockscope.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.render.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For every image an integration test built: {@code image REF --files -o json} through the daemon's layer store and
 * through its export stream must give the same document, but for the fields that say which source was read. Run by
 * {@link DaemonExtension} after each test class, before its images are removed, so every image of the IT suite is
 * checked; a daemon whose layer store this process cannot read (remote, containerd store) skips the check.
 */
public final class StoreEquivalence {
    static final List<String> SOURCE_FIELDS = List.of("source", "sourceDetail", "sourceNote", "format");
    private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile Boolean usable;

    private StoreEquivalence() {
    }

    /** The {@code --files} document through one source, without the fields naming the source. */
    public static JsonNode files(String ref, String source) throws Exception {
        Cli.Result r = Cli.create().run("image", ref, "--files", "-o", "json", "--source", source);
        r.assertExit(0);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        if (!source.equals(doc.get("source").asText())) {
            throw new AssertionError("--source " + source + " read from " + doc.get("source") + ": " + r.describe());
        }
        ((ObjectNode) doc).remove(SOURCE_FIELDS);
        return doc;
    }

    /** Throws an AssertionError naming every image whose two documents differ, with the first differing line. */
    static void check(List<String> images) {
        Set<String> todo = new LinkedHashSet<>();
        todo.add(TestDaemon.BASE);
        todo.addAll(images);
        List<String> failures = new ArrayList<>();
        for (String ref : todo) {
            if (ref.equals(TestDaemon.BASE) && !CHECKED.add(ref)) {
                continue;
            }
            if (TestDaemon.exec(List.of("docker", "image", "inspect", "--format", "{{.Id}}", ref), null, 30).code() != 0) {
                continue; // gone already, or never an image
            }
            if (!usable()) {
                return;
            }
            try {
                String a = files(ref, "store").toPrettyString();
                String b = files(ref, "export").toPrettyString();
                if (!a.equals(b)) {
                    failures.add(ref + ": " + firstDifference(a, b));
                }
            } catch (Exception | AssertionError e) {
                failures.add(ref + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("--files through the layer store and through the export differ:\n"
                    + String.join("\n", failures));
        }
    }

    private static boolean usable() {
        if (usable == null) {
            Cli.Result r = Cli.create().run("image", TestDaemon.BASE, "--files", "-o", "json", "--source", "store");
            usable = r.exitCode() == 0 || !r.err().contains("the layer store cannot be used: the daemon")
                    && !r.err().contains("may not read") && !r.err().contains("on this machine");
            if (!usable) {
                System.err.println("StoreEquivalence: skipped, the layer store is not readable here: " + r.err());
            }
        }
        return usable;
    }

    static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": store " + x[i].strip() + " | export " + y[i].strip();
            }
        }
        return "store has " + x.length + " lines, export " + y.length;
    }
}
