package dev.dockscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.DockscopeException;
import dev.dockscope.analysis.compose.ComposeLoader;
import dev.dockscope.docker.compose.ComposeFiles;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The compose reader (YAML with anchors, aliases and merge keys, interpolation, {@code extends}, profiles, the short
 * and long syntaxes) on any text: a project or a {@link DockscopeException}, never another exception (nor a stack
 * overflow), within a bounded time per input; {@code scripts/fuzz} gives it a 1 GB heap, so an alias bomb that
 * expands in memory is a finding too. Finding messages and service names hold no terminal controls.
 * <p>
 * It calls {@link ComposeFiles#loadText}, the one-file loading behind {@link ComposeFiles#parse}, without that
 * method's last-resort conversion of any exception into "cannot read this compose file": reaching that net is what
 * this test looks for.
 * Seeds (compose files written for this test, and hostile YAML) are in {@code ComposeFuzzTestInputs/compose/}.
 */
class ComposeFuzzTest {
    private static final String FILE = "compose.yaml";
    /** A fixed environment, so that seeds exercise set, empty and unset variables. */
    private static final Map<String, String> ENV = Map.of("TAG", "1.2", "EMPTY", "", "HOME", "/home/u",
            "NESTED", "${TAG}", "DB_PASSWORD", "hunter2", "COMPOSE_PROFILES", "debug");
    /** Generous: the first inputs pay for class loading and instrumentation on a loaded machine. */
    private static final long MAX_NANOS = 20_000_000_000L;

    @FuzzTest(maxDuration = "10m")
    void compose(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            ComposeLoader.Loaded loaded = load(text);
            Project p = loaded.project();
            if (p == null || p.services() == null || p.findings() == null) {
                throw new AssertionError("a project without services or findings: " + p);
            }
            Invariants.printable(p.name());
            for (Service s : p.services()) {
                Invariants.printable(s.name());
            }
            for (Finding f : p.findings()) {
                Invariants.printable(f.message());
            }
        } catch (DockscopeException expected) {
            Invariants.printable(expected.getMessage());
        }
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS) {
            throw new AssertionError("reading " + input.length + " bytes took " + took / 1_000_000 + " ms");
        }
    }

    static ComposeLoader.Loaded load(String text) {
        return ComposeFiles.loadText(text, FILE, ENV, "/work/app", Set.of("debug"));
    }
}
