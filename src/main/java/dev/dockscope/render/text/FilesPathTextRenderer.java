package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.files.PathEvent;
import dev.dockscope.model.files.PathHistory;
import dev.dockscope.model.files.PathTrail;
import dev.dockscope.model.text.Sanitizer;

/** {@code --path GLOB} as text: for each matching path, the layers that added, changed or removed it. */
public final class FilesPathTextRenderer {
    private final Palette p;
    private final int width;

    public FilesPathTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(PathHistory h) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("Paths matching " + Sanitizer.line(h.pattern())) + p.dim("  " + h.matched()
                + (h.matched() == 1 ? " path" : " paths") + (h.truncated() ? ", first " + h.paths().size() + " shown" : "")));
        if (h.paths().isEmpty()) {
            out.add("  no layer touches a path matching " + Sanitizer.line(h.pattern()) + ".");
        }
        for (PathTrail t : h.paths()) {
            out.blank();
            out.add(p.bold(Sanitizer.line(t.path())) + "  " + (t.presentAtEnd() ? p.green("in the final filesystem")
                    : p.red("not in the final filesystem")));
            for (PathEvent e : t.events()) {
                String what = switch (e.action()) {
                    case "added" -> p.green("added   ");
                    case "modified" -> p.yellow("modified");
                    case "metadata" -> p.yellow("metadata");
                    default -> p.red("removed ");
                };
                String head = "  layer " + TextWidth.padRight(String.valueOf(e.layer()), 3) + what + " "
                        + TextWidth.padLeft(Bytes.human(e.sizeBytes()), 8) + "  ";
                wrap(out, width, head, " ".repeat(TextWidth.of(Lines.stripSgr(head))), Sanitizer.line(e.createdBy()));
            }
        }
        out.blank();
        out.add(p.dim(Concept.LAYER_CACHE.footer(p.ascii())));
        return out.toString();
    }

    /** Word-wraps {@code text}: the first line after {@code first}, the others after {@code rest}. */
    static void wrap(Lines out, int width, String first, String rest, String text) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        // keep "5.0 kB" together
        String glued = text.replaceAll("(\\d) (B|kB|MB|GB|TB|PB|EB)\\b", "$1\u00a0$2");
        for (String raw : glued.split(" ")) {
            String word = raw.replace('\u00a0', ' ');
            if (word.isEmpty()) {
                continue;
            }
            int used = TextWidth.of(prefix) + TextWidth.of(line) + (line.length() > 0 ? 1 : 0) + TextWidth.of(word);
            if (line.length() > 0 && used > width) {
                out.add(prefix + line);
                prefix = rest;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(prefix + line);
    }
}
