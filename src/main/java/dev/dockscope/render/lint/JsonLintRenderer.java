package dev.dockscope.render.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.render.text.Palette;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code {"findings":[…],"summary":{…},"concepts":[…]}}: one document. Written field by field with Jackson's
 * generator and its default pretty printer: the same bytes as the configured mapper makes of {@link Document}
 * ({@code JsonLintRendererTest} compares them), without the mapper's start-up and its reflection over the records
 * (a 1 MB file's 1,000 findings are written on the one thread the run waits on).
 */
public final class JsonLintRenderer implements LintRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The JSON shape. */
    public record Document(List<Finding> findings, LintReport.Summary summary, List<String> files,
                           List<String> concepts) {
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        return write(document(report)) + "\n";
    }

    /** The document of a report (the concepts its findings touch, or the Dockerfile concept). */
    static Document document(LintReport report) {
        List<String> concepts = report.findings().stream().map(Finding::concept).distinct()
                .map(Concept::slug).toList();
        return new Document(report.findings(), report.summary(), report.files(),
                concepts.isEmpty() ? List.of(Concept.DOCKERFILE.slug()) : concepts);
    }

    /** The document as the mapper writes it (pretty-printed, nulls kept, record components in order). */
    static String write(Document d) {
        StringWriter out = new StringWriter(256 + 512 * d.findings().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("findings");
            g.writeStartArray();
            for (Finding f : d.findings()) {
                g.writeStartObject();
                string(g, "file", f.file());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                string(g, "rule", f.rule());
                string(g, "severity", f.severity() == null ? null : f.severity().id());
                string(g, "title", f.title());
                string(g, "message", f.message());
                string(g, "fix", f.fix());
                string(g, "concept", f.concept() == null ? null : f.concept().slug());
                g.writeEndObject();
            }
            g.writeEndArray();
            LintReport.Summary s = d.summary();
            g.writeFieldName("summary");
            if (s == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeNumberField("files", s.files());
                g.writeNumberField("findings", s.findings());
                g.writeNumberField("errors", s.errors());
                g.writeNumberField("warnings", s.warnings());
                g.writeNumberField("infos", s.infos());
                g.writeNumberField("styles", s.styles());
                string(g, "failOn", s.failOn());
                g.writeBooleanField("failed", s.failed());
                g.writeEndObject();
            }
            strings(g, "files", d.files());
            strings(g, "concepts", d.concepts());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }
}
