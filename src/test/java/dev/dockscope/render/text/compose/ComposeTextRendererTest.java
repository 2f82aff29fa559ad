package dev.dockscope.render.text.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.compose.ComposeFiles;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The declared corpus project, rendered; file paths relative to the corpus so the golden is machine-independent. */
class ComposeTextRendererTest {
    static ComposeReport corpus() {
        Path dir = Path.of("src/test/resources/compose/corpus/full");
        Project p = ComposeFiles.load(dir, List.of(dir.resolve("compose.yaml")), Map.<String, String>of()::get,
                Set.of(), null).project();
        String root = dir.toAbsolutePath().normalize() + "/";
        Project rel = new Project(p.name(), p.source(), "full", p.configFiles().stream()
                .map(f -> f.replace(root, "")).toList(), p.services(), p.edges(), p.layers(), p.cycles(), p.networks(),
                p.volumes(), p.drift(), p.findings().stream().map(f -> new ComposeReport.Finding(f.rule(),
                        f.severity(), f.message(), f.service(), f.file().replace(root, ""), f.line(), f.column()))
                        .toList(), p.running());
        return new ComposeReport(List.of(rel), List.of("compose"));
    }

    static String render(boolean ascii, int width) {
        return new ComposeTextRenderer(new Palette(false, ascii), width).project(corpus());
    }

    @Test
    void declaredProject() {
        Golden.assertMatches(getClass(), "declaredProject.txt", render(false, 80));
    }

    @Test
    void declaredProjectAscii() {
        String out = render(true, 80);
        Golden.assertMatches(getClass(), "declaredProjectAscii.txt", out);
        assertTrue(out.chars().allMatch(c -> c < 0x80), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void nothingWiderThanTheWidth(int width) {
        for (boolean ascii : new boolean[] {false, true}) {
            for (String line : render(ascii, width).split("\n")) {
                assertTrue(TextWidth.of(line) <= width, width + ": " + line);
            }
        }
    }
}
