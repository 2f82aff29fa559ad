package dev.dockscope.render.lint;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import java.util.List;

/** {@code {"findings":[…],"summary":{…},"concepts":[…]}}: one document. */
public final class JsonLintRenderer implements LintRenderer {

    /** The JSON shape. */
    public record Document(List<Finding> findings, LintReport.Summary summary, List<String> files,
                           List<String> concepts) {
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        List<String> concepts = report.findings().stream().map(Finding::concept).distinct()
                .map(Concept::slug).toList();
        return Json.write(new Document(report.findings(), report.summary(), report.files(),
                concepts.isEmpty() ? List.of(Concept.DOCKERFILE.slug()) : concepts)) + "\n";
    }
}
