package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.ImageFixtures;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.docker.compose.ComposeFiles;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.Rules;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.container.AttentionFact;
import dev.dockscope.model.container.ContainerList;
import dev.dockscope.model.container.LimitsSummary;
import dev.dockscope.model.container.StateFact;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.render.lint.TextLintRenderer;
import dev.dockscope.render.text.compose.ComposeTextRenderer;
import dev.dockscope.render.text.network.NetworkTextRenderer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer that builds its lines from spans, on a fixture, at a width that forces cuts: with colour on, a line
 * cut inside a coloured span keeps that span's SGR code up to the cut (then a reset and the plain ellipsis), and the
 * text is exactly the colourless text; with colour off (what NO_COLOR, a pipe or {@code --color never} give), no
 * escape byte at all, with or without {@code --ascii}.
 */
class SpanBuiltRenderersTest {
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    /** A coloured span cut to the width: SGR code, some text, reset, then the plain ellipsis ending the line. */
    private static final Pattern CUT_IN_COLOUR = Pattern.compile("\u001b\\[[0-9;]+m[^\u001b]+\u001b\\[m(…|\\.\\.\\.)$");
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private static final LimitsSummary NO_LIMITS = new LimitsSummary(0, 0, "", 0);
    private static final StateFact.Summary RUNNING = new StateFact(StateFact.Kind.RUNNING, 0, false, "", 0, "no")
            .summary();

    record Case(String name, int width, BiFunction<Palette, Integer, String> render) {
        @Override
        public String toString() {
            return name + " at " + width;
        }
    }

    static Stream<Case> cases() throws Exception {
        ContainerList list = new ContainerList(List.of(
                new ContainerList.Row("web-with-a-very-long-name-indeed", "a", "nginx:1.27-alpine", "running",
                        RUNNING, 0, false, "unhealthy", "2025-06-01T08:00:00Z", 0, 0, 0, new LimitsSummary(256_000_000, 0, "", 0),
                        List.of("0.0.0.0:8080->80/tcp"), List.of(AttentionFact.of(AttentionFact.Kind.UNHEALTHY))),
                new ContainerList.Row("db", "b", "postgres", "exited", new StateFact(StateFact.Kind.EXITED, 137, true, "", 0,
                        "no").summary(), 137, true, "",
                        "2025-05-01T08:00:00Z", 0, 0, 0, NO_LIMITS, List.of(), List.of(AttentionFact.of(AttentionFact.Kind.OOM_KILLED)))), 1, 2,
                List.of());
        var running = ContainerTextRendererTest.running();
        var image = ImageExplainer.explain(ImageFixtures.nodeApp(), false, true);
        var files = FilesTextRendererTest.report(FilesTextRendererTest.image(), FilesOptions.DEFAULT);
        Path dir = Path.of("src/test/resources/compose/corpus/full");
        ComposeReport compose = new ComposeReport(List.of(ComposeFiles.load(dir, List.of(dir.resolve("compose.yaml")),
                Map.<String, String>of()::get, Set.of(), null).project()), List.of("compose"));
        List<NetworkDetails.IpamConfig> subnet = List.of(new NetworkDetails.IpamConfig("172.20.0.0/16", "", "172.20.0.1"));
        NetworkReport.View network = new NetworkReport.View("shop_default", "5f1c0a9e2b7d44aa", "2026-11-30T12:00:00Z",
                "bridge", "local", NetworkReport.Kind.BRIDGE, false, false, false, false, subnet, "br-5f1c0a9e2b7d", "",
                true, NetworkReport.Reach.NAT, Map.of(), Map.of(), List.of(new NetworkReport.Member("shop-web-1", "a1",
                "172.20.0.2/16", "", "02:42:ac:14:00:02", List.of("web"), List.of())), List.of(), List.of("network"));
        NetworkReport.Overview networks = new NetworkReport.Overview(List.of(new NetworkReport.Row("shop_default", "s",
                "bridge", "local", subnet, true, true, false, false, NetworkReport.Kind.BRIDGE, 4, 4)), List.of());
        var metas = Rules.all().stream().map(Rule::meta).toList();
        Tour tour = new Tour(new Tour.Daemon(false, null, "cannot connect to unix:///nowhere.sock", "start Docker"),
                List.of(new Tour.Step(1, "runtime", "Runtime", "The chain that turns an image into running processes",
                        Tour.Step.NONE, new LiveSection.Unreachable("no daemon", "start Docker", "the runtime chain"))),
                null, null, List.of("runtime"));
        return Stream.of(
                new Case("container list", 50, (p, w) -> new ContainerTextRenderer(p, w, NOW).renderList(list)),
                new Case("container NAME", 50, (p, w) -> new ContainerTextRenderer(p, w, NOW).render(running)),
                new Case("compose list", 40, (p, w) -> new ComposeTextRenderer(p, w).list(compose)),
                new Case("compose PROJECT", 50, (p, w) -> new ComposeTextRenderer(p, w).project(compose)),
                new Case("network list", 50, (p, w) -> new NetworkTextRenderer(p, w).render(networks)),
                new Case("network NAME", 30, (p, w) -> new NetworkTextRenderer(p, w).render(network)),
                new Case("image", 50, (p, w) -> new ImageTextRenderer(p, w, NOW).render(image,
                        new ImageTextRenderer.Options(false, true, false, false))),
                new Case("image --files", 50, (p, w) -> new FilesTextRenderer(p, w).render(files)),
                new Case("tour", 40, (p, w) -> {
                    TourTextRenderer t = new TourTextRenderer(p, w, NOW);
                    return t.intro(tour) + t.step(tour, tour.steps().get(0)) + t.outro();
                }),
                new Case("lint --rules", 50, (p, w) -> TextLintRenderer.renderRules(metas, p, w)),
                new Case("lint --explain", 40, (p, w) -> TextLintRenderer.renderExplain(metas.get(0), p, w)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aLineCutInsideAColouredSpanKeepsItsColour(Case c) {
        for (boolean ascii : new boolean[] {false, true}) {
            String coloured = c.render().apply(new Palette(true, ascii), c.width());
            assertTrue(coloured.lines().anyMatch(l -> CUT_IN_COLOUR.matcher(l).find()),
                    c + (ascii ? " --ascii" : "") + ": no coloured span cut at the width in\n" + coloured);
            coloured.lines().forEach(l -> assertTrue(TextWidth.of(l) <= c.width(), c + ": too wide: " + l));
            assertEquals(c.render().apply(new Palette(false, ascii), c.width()), SGR.matcher(coloured).replaceAll(""),
                    c + ": the coloured text is not the plain text");
        }
    }

    @Test
    void controlCharactersInANameDoNotShiftTheListColumns() {
        // a C0 control and a bidi override each become U+FFFD (one column) in the span: the name column is measured,
        // cut and padded after that, so the image column starts where it does for a plain name
        List<ContainerList.Row> rows = List.of(
                new ContainerList.Row("ab\u0001\u202ecd", "a", "busybox", "running", RUNNING, 0, false, "",
                        "2025-06-01T08:00:00Z", 0, 0, 0, NO_LIMITS, List.of(), List.of()),
                new ContainerList.Row("abxxcd", "b", "busybox", "running", RUNNING, 0, false, "",
                        "2025-06-01T08:00:00Z", 0, 0, 0, NO_LIMITS, List.of(), List.of()));
        String out = new ContainerTextRenderer(Palette.plain(), 80, NOW).renderList(new ContainerList(rows, 2, 2,
                List.of()));
        List<String> lines = out.lines().filter(l -> l.contains("busybox")).toList();
        assertEquals(2, lines.size(), out);
        assertEquals(lines.get(1).indexOf("busybox"), lines.get(0).indexOf("busybox"), out);
        assertTrue(lines.get(0).contains("ab\ufffd\ufffdcd"), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void colourOffWritesNoEscapeAtAll(Case c) {
        for (int width : new int[] {c.width(), 80, 120}) {
            for (boolean ascii : new boolean[] {false, true}) {
                String plain = c.render().apply(new Palette(false, ascii), width);
                assertFalse(plain.isBlank(), c + ": nothing rendered");
                assertFalse(plain.contains("\u001b"), c + " at " + width + ": an escape with colour off:\n" + plain);
                assertFalse(plain.chars().anyMatch(ch -> ch >= 0x80 && ch < 0xa0), c + ": a C1 control with colour off");
            }
        }
    }
}
