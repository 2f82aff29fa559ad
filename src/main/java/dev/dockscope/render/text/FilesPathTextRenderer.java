package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.files.PathEvent;
import dev.dockscope.model.files.PathHistory;
import dev.dockscope.model.files.PathTrail;

/** {@code --path GLOB} as text: for each matching path, the layers that added, changed or removed it. */
public final class FilesPathTextRenderer {
    private final Palette p;
    private final int width;

    public FilesPathTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(PathHistory h) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("Paths matching " + h.pattern()).dim("  " + h.matched()
                + (h.matched() == 1 ? " path" : " paths") + (h.truncated() ? ", first " + h.paths().size() + " shown" : ""))
                .build());
        if (h.paths().isEmpty()) {
            out.add(Line.of("  no layer touches a path matching " + h.pattern() + "."));
        }
        for (PathTrail t : h.paths()) {
            out.blank();
            var line = p.line().bold(t.path()).text("  ");
            out.add((t.presentAtEnd() ? line.green("in the final filesystem") : line.red("not in the final filesystem"))
                    .build());
            for (PathEvent e : t.events()) {
                Span what = switch (e.action()) {
                    case "added" -> p.span(Style.GREEN, "added   ");
                    case "modified" -> p.span(Style.YELLOW, "modified");
                    case "metadata" -> p.span(Style.YELLOW, "metadata");
                    default -> p.span(Style.RED, "removed ");
                };
                Line head = p.line().text("  layer " + TextWidth.padRight(String.valueOf(e.layer()), 3)).add(Line.of(what))
                        .text(" " + TextWidth.padLeft(Bytes.human(e.sizeBytes()), 8) + "  ").build();
                out.addAll(Wrap.lines(Line.of(e.createdBy()), width, head, Line.of(" ".repeat(head.width()))));
            }
        }
        out.blank();
        out.add(p.line().dim(Concept.LAYER_CACHE.footer(p.ascii())).build());
        return out.toString();
    }
}
