package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.files.DirChange;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.Inefficiency;
import dev.dockscope.model.files.LayerFiles;
import dev.dockscope.model.files.LayerReclaim;
import dev.dockscope.model.files.PathChange;
import dev.dockscope.model.files.Suggestion;
import dev.dockscope.model.files.WastedPath;
import dev.dockscope.model.image.ImageReport;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --files} as text: each layer's changes and tree, wasted space both ways, verdict and fixes. The analysis
 * gives numbers and ids; the sentences and human sizes are made here, and layers are named as the stack names them
 * ({@code #n}, {@link LayerNumbers}).
 */
public final class FilesTextRenderer {
    private final Palette p;
    private final int width;

    public FilesTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    /** The files part of one image's report (its {@link ImageReport#files()}, numbered as its stack). */
    public String render(ImageReport report) {
        FilesReport r = report.files();
        LayerNumbers n = LayerNumbers.of(report.image());
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("Files per layer") + p.dim("  " + Plural.of(r.layerCount(), "layer") + ", "
                + Plural.of(r.visibleFiles(), "file") + " visible, " + Bytes.human(r.visibleBytes())));
        String from = sourceLine(r);
        if (from != null) {
            wrap(out, "  ", "  ", p.dim(from));
        }
        for (LayerFiles l : r.layers()) {
            out.blank();
            layer(out, l, n);
        }
        out.blank();
        wasted(out, r, n);
        out.blank();
        wrap(out, p.heading("Verdict") + "  ", "         ", verdictColor(r.verdict(), verdictLine(r)));
        if (!r.suggestions().isEmpty()) {
            out.blank();
            out.add(p.heading("Fixes"));
            for (Suggestion s : r.suggestions()) {
                wrap(out, "  " + p.bullet() + " ", "    ", Sanitizer.line(fix(s, r, n)));
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

    /** "wasteful: efficiency 59.62 %; 6.5 kB of the 12.5 kB stored in the layers never shows in the final filesystem". */
    static String verdictLine(FilesReport r) {
        return r.verdict() + ": efficiency " + pct(r.efficiency()) + "; " + Bytes.human(r.reclaimableBytes())
                + " of the " + Bytes.human(r.dive().sizeBytes()) + " stored in the layers never shows in the final "
                + "filesystem";
    }

    /** Why dive's wasted bytes and the reclaimable bytes differ, with this image's two figures. */
    static String difference(FilesReport r) {
        return "dive's wastedBytes (" + Bytes.human(r.wastedBytes()) + ") sums every copy of a path found in two or "
                + "more layers, the copy you keep included, and misses files removed with their directory; "
                + "reclaimableBytes (" + Bytes.human(r.reclaimableBytes()) + ") counts each copy the final "
                + "filesystem hides, once.";
    }

    /** A fix in words, from its kind, cause, bytes and layers (named as the stack names them). */
    static String fix(Suggestion s, FilesReport r, LayerNumbers n) {
        int stored = s.layers().get(0);
        String bytes = Bytes.human(s.bytes());
        if (s.kind().equals("dockerignore")) {
            return n.layer(stored) + " (" + step(r, stored) + ") copies " + bytes + " of " + String.join(", ", s.names())
                    + " from the build context: list them in .dockerignore.";
        }
        int by = s.layers().get(1);
        String later = n.layer(by) + " (" + step(r, by) + ")";
        if (Suggestion.DELETED.equals(s.cause())) {
            return s.kind().equals("multi-stage")
                    ? later + " deletes " + bytes + " that the base layer stored: deleting never shrinks a lower "
                            + "layer; start from a smaller base or copy what you need into a fresh stage (multi-stage)."
                    : later + " deletes " + bytes + " that " + n.layer(stored) + " (" + step(r, stored) + ") stored: "
                            + "delete them in the same RUN that creates them.";
        }
        return s.kind().equals("copy-chown")
                ? later + " rewrites " + bytes + " from " + n.layer(stored) + " with the same content, only to change "
                        + "permissions or owner: use COPY --chown/--chmod, or chmod/chown in the step that creates the "
                        + "files."
                : later + " replaces " + bytes + " that " + n.layer(stored) + " (" + step(r, stored) + ") stored: "
                        + "produce the files once, or build them in a separate stage and COPY only the result "
                        + "(multi-stage).";
    }

    /** The instruction that made filesystem layer {@code layer} (1-based). */
    private static String step(FilesReport r, int layer) {
        return r.layers().get(layer - 1).createdBy();
    }

    private void layer(Lines out, LayerFiles l, LayerNumbers n) {
        out.add(p.bold("Layer " + n.number(l.layer())) + "  " + Sanitizer.line(l.createdBy()));
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

    private void wasted(Lines out, FilesReport r, LayerNumbers n) {
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
                per.add(n.layer(lr.layer()) + " " + Bytes.human(lr.totalBytes()));
            }
        }
        if (!per.isEmpty()) {
            wrap(out, "  " + TextWidth.padRight("stored in", 12), " ".repeat(14), String.join(", ", per));
        }
        wrap(out, "  " + TextWidth.padRight("why differ", 12), " ".repeat(14), difference(r));
        for (DiveEfficiency.Stop stop : r.dive().stops()) {
            wrap(out, "  " + p.warn() + " ", "    ", n.layer(stop.layer()) + ": whiteout of "
                    + Sanitizer.line(stop.path()) + ", which no lower layer has; dive stops counting this layer there, "
                    + "and so do these numbers");
        }
        if (!r.reclaimable().topPaths().isEmpty()) {
            out.blank();
            out.add(p.heading("Top wasted paths") + p.dim("  (bytes the final filesystem hides)"));
            for (WastedPath w : r.reclaimable().topPaths()) {
                out.add("  " + TextWidth.padLeft(Bytes.human(w.bytes()), 8) + "  " + Sanitizer.line(w.path()));
                wrap(out, "            ", "            ", p.dim(w.cause() + ": stored in " + n.layers(w.storedIn())
                        + ", hidden by " + n.layers(w.hiddenBy())));
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
                        + TextWidth.padRight(join(i.layers(), n), 10) + Sanitizer.line(i.path()));
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

    private static String join(List<Integer> layers, LayerNumbers n) {
        StringBuilder b = new StringBuilder();
        for (int l : layers) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(n.number(l));
        }
        return b.toString();
    }

    private static String lastName(String path) {
        int slash = path.lastIndexOf('/');
        return Sanitizer.line(path.substring(slash + 1));
    }

    /** Word-wraps {@code text} to the width: the first line after {@code first}, the rest after {@code rest}. */
    void wrap(Lines out, String first, String rest, String text) {
        out.add(Wrap.text(first, rest, text, width));
    }
}
