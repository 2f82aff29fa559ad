package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.files.DirChange;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.Inefficiency;
import dev.dockscope.model.files.LayerFiles;
import dev.dockscope.model.files.LayerReclaim;
import dev.dockscope.model.files.PathChange;
import dev.dockscope.model.files.Suggestion;
import dev.dockscope.model.files.WastedPath;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code --files} as text: each layer's changes and tree, wasted space both ways, verdict and fixes. */
public final class FilesTextRenderer {
    private final Palette p;
    private final int width;

    public FilesTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(FilesReport r) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("Files per layer") + p.dim("  " + Plural.of(r.layerCount(), "layer") + ", "
                + Plural.of(r.visibleFiles(), "file") + " visible, " + Bytes.human(r.visibleBytes())));
        String from = sourceLine(r);
        if (from != null) {
            wrap(out, "  ", "  ", p.dim(from));
        }
        for (LayerFiles l : r.layers()) {
            out.blank();
            layer(out, l, r.layerCount());
        }
        out.blank();
        wasted(out, r);
        out.blank();
        wrap(out, p.heading("Verdict") + "  ", "         ", verdictColor(r.verdict(), Sanitizer.line(r.verdictLine())));
        if (!r.suggestions().isEmpty()) {
            out.blank();
            out.add(p.heading("Fixes"));
            for (Suggestion s : r.suggestions()) {
                wrap(out, "  " + p.bullet() + " ", "    ", Sanitizer.line(s.message()));
            }
        }
        out.blank();
        out.add(p.dim(Concept.LAYER_CACHE.footer(p.ascii())));
        out.add(p.dim(Concept.MULTI_STAGE.footer(p.ascii())));
        return out.toString();
    }

    /** Which daemon source was read and, when the layer store was passed over, why; null for archives. */
    static String sourceLine(FilesReport r) {
        if ("store".equals(r.source())) {
            return "read from " + Sanitizer.line(r.sourceDetail()) + " (tar headers kept by the daemon; no export)";
        }
        if ("export".equals(r.source())) {
            return "read from the daemon's export stream" + (r.sourceNote() == null ? ""
                    : "; the faster layer store was not used: " + Sanitizer.line(r.sourceNote()));
        }
        return null;
    }

    private void layer(Lines out, LayerFiles l, int count) {
        out.add(p.bold("Layer " + l.layer() + "/" + count) + "  " + Sanitizer.line(l.createdBy()));
        String stored = l.compression().equals("none") ? "" : ", " + Bytes.human(l.storedBytes()) + " "
                + l.compression();
        out.add("  " + p.green("+" + l.added().files() + " added " + Bytes.human(l.added().bytes())) + "  "
                + p.yellow("~" + l.modified().files() + " modified " + Bytes.human(l.modified().bytes())) + "  "
                + p.red("-" + l.removed().files() + " removed " + Bytes.human(l.removed().bytes()))
                + p.dim("  (" + Plural.of(l.entries(), "entry", "entries") + stored + ")"));
        if (!l.topPaths().isEmpty()) {
            out.add("  " + p.dim("largest"));
            for (PathChange c : l.topPaths()) {
                out.add("    " + TextWidth.padLeft(Bytes.human(c.sizeBytes()), 8) + "  "
                        + TextWidth.padRight(changeColor(c.change()), 9) + "  " + Sanitizer.line(c.path()));
            }
        }
        if (l.tree() != null && l.tree().files() > 0) {
            out.add("  " + p.dim("changed directories"));
            tree(out, l.tree(), "    ", "", true, true);
        }
        if (l.reclaimableBytes() > 0) {
            out.add("  " + p.dim("hidden later: " + Bytes.human(l.reclaimableBytes())
                    + " stored here is not in the final filesystem"));
        }
    }

    private void tree(Lines out, DirChange d, String indent, String prefix, boolean last, boolean root) {
        String name = root ? "/" : lastName(d.path()) + "/";
        String label = root ? indent + name : indent + prefix + p.branch(last) + name;
        out.add(TextWidth.padRight(label, 40) + " " + sizes(d));
        String childPrefix = root ? "" : prefix + p.treeIndent(last);
        for (int i = 0; i < d.children().size(); i++) {
            boolean lastChild = i == d.children().size() - 1 && d.more() == 0;
            tree(out, d.children().get(i), indent, childPrefix, lastChild, false);
        }
        if (d.more() > 0) {
            out.add(indent + childPrefix + p.branch(true) + p.dim(d.more() + " more"));
        }
    }

    private String sizes(DirChange d) {
        List<String> parts = new ArrayList<>();
        if (d.addedBytes() > 0) {
            parts.add(p.green("+" + Bytes.human(d.addedBytes())));
        }
        if (d.modifiedBytes() > 0) {
            parts.add(p.yellow("~" + Bytes.human(d.modifiedBytes())));
        }
        if (d.removedBytes() > 0) {
            parts.add(p.red("-" + Bytes.human(d.removedBytes())));
        }
        parts.add(p.dim(d.files() + (d.files() == 1 ? " change" : " changes")));
        return String.join(" ", parts);
    }

    private void wasted(Lines out, FilesReport r) {
        out.add(p.heading("Wasted space"));
        String uwp = r.userWastedPercent() == null ? "n/a" : pct(r.userWastedPercent());
        out.add("  " + TextWidth.padRight("dive", 12) + "efficiency " + pct(r.efficiency()) + "  wastedBytes "
                + Bytes.human(r.wastedBytes()) + "  userWastedPercent " + uwp);
        out.add("  " + TextWidth.padRight("reclaimable", 12) + p.bold(Bytes.human(r.reclaimableBytes())) + "  (overwritten "
                + Bytes.human(r.reclaimable().overwrittenBytes()) + ", deleted "
                + Bytes.human(r.reclaimable().deletedBytes()) + ")");
        List<String> per = new ArrayList<>();
        for (LayerReclaim lr : r.reclaimable().perLayer()) {
            if (lr.totalBytes() > 0) {
                per.add("layer " + lr.layer() + " " + Bytes.human(lr.totalBytes()));
            }
        }
        if (!per.isEmpty()) {
            wrap(out, "  " + TextWidth.padRight("stored in", 12), " ".repeat(14), String.join(", ", per));
        }
        wrap(out, "  " + TextWidth.padRight("why differ", 12), " ".repeat(14), Sanitizer.line(r.difference()));
        for (String note : r.dive().notes()) {
            wrap(out, "  " + p.warn() + " ", "    ", Sanitizer.line(note));
        }
        if (!r.reclaimable().topPaths().isEmpty()) {
            out.blank();
            out.add(p.heading("Top wasted paths") + p.dim("  (bytes the final filesystem hides)"));
            for (WastedPath w : r.reclaimable().topPaths()) {
                out.add("  " + TextWidth.padLeft(Bytes.human(w.bytes()), 8) + "  " + Sanitizer.line(w.path()));
                out.add("            " + p.dim(w.cause() + ": stored in " + layers(w.storedIn())
                        + ", hidden by " + layers(w.hiddenBy())));
            }
        }
        if (!r.inefficiencies().isEmpty()) {
            out.blank();
            out.add(p.heading("dive's inefficient files") + p.dim("  (every copy counted, the kept one too)"));
            out.add("  " + p.dim(TextWidth.padRight("count", 6) + TextWidth.padLeft("wasted", 9) + "  "
                    + TextWidth.padRight("layers", 10) + "path"));
            for (Inefficiency i : r.inefficiencies()) {
                out.add("  " + TextWidth.padRight(String.valueOf(i.count()), 6)
                        + TextWidth.padLeft(Bytes.human(i.cumulativeSize()), 9) + "  "
                        + TextWidth.padRight(join(i.layers()), 10) + Sanitizer.line(i.path()));
            }
        }
    }

    private String changeColor(String change) {
        return switch (change) {
            case "added" -> p.green(change);
            case "modified" -> p.yellow(change);
            default -> p.red(change);
        };
    }

    private String verdictColor(String verdict, String text) {
        return switch (verdict) {
            case "efficient" -> p.green(text);
            case "acceptable" -> p.yellow(text);
            default -> p.red(text);
        };
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    private static String layers(List<Integer> layers) {
        return (layers.size() == 1 ? "layer " : "layers ") + join(layers);
    }

    private static String join(List<Integer> layers) {
        StringBuilder b = new StringBuilder();
        for (int l : layers) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(l);
        }
        return b.toString();
    }

    private static String lastName(String path) {
        int slash = path.lastIndexOf('/');
        return Sanitizer.line(path.substring(slash + 1));
    }

    /** Word-wraps {@code text} to the width: the first line after {@code first}, the rest after {@code rest}. */
    void wrap(Lines out, String first, String rest, String text) {
        FilesPathTextRenderer.wrap(out, width, first, rest, text);
    }
}
