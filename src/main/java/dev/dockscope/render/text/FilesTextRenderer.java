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
        Lines out = new Lines(p, width);
        out.add(p.line().heading("Files per layer").dim("  " + Plural.of(r.layerCount(), "layer") + ", "
                + Plural.of(r.visibleFiles(), "file") + " visible, " + Bytes.human(r.visibleBytes())).build());
        String from = sourceLine(r);
        if (from != null) {
            wrap(out, Line.of("  "), Line.of("  "), p.dimLine(from));
        }
        for (LayerFiles l : r.layers()) {
            out.blank();
            layer(out, l, n);
        }
        out.blank();
        wasted(out, r, n);
        out.blank();
        wrap(out, p.line().heading("Verdict").text("  ").build(), Line.of("         "),
                Line.of(p.span(verdictStyle(r.verdict()), verdictLine(r))));
        if (!r.suggestions().isEmpty()) {
            out.blank();
            out.add(p.line().heading("Fixes").build());
            for (Suggestion s : r.suggestions()) {
                wrap(out, Line.of("  " + p.bullet() + " "), Line.of("    "), Line.of(fix(s, r, n)));
            }
        }
        out.blank();
        out.add(p.dimLine(Concept.LAYER_CACHE.footer(p.ascii())));
        out.add(p.dimLine(Concept.MULTI_STAGE.footer(p.ascii())));
        return out.toString();
    }

    /** Which daemon source was read and, when the layer store was passed over, why; null for archives. */
    static String sourceLine(FilesReport r) {
        if ("store".equals(r.source())) {
            return "read from " + r.sourceDetail() + " (tar headers kept by the daemon; no export)";
        }
        if ("export".equals(r.source())) {
            return "read from the daemon's export stream" + (r.sourceNote() == null ? ""
                    : "; the faster layer store was not used: " + r.sourceNote());
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
        out.add(p.line().bold("Layer " + n.number(l.layer())).text("  " + l.createdBy()).build());
        String stored = l.compression().equals("none") ? "" : ", " + Bytes.human(l.storedBytes()) + " "
                + l.compression();
        out.add(p.line().text("  ").green("+" + l.added().files() + " added " + Bytes.human(l.added().bytes()))
                .text("  ").yellow("~" + l.modified().files() + " modified " + Bytes.human(l.modified().bytes()))
                .text("  ").red("-" + l.removed().files() + " removed " + Bytes.human(l.removed().bytes()))
                .dim("  (" + Plural.of(l.entries(), "entry", "entries") + stored + ")").build());
        if (!l.topPaths().isEmpty()) {
            out.add(p.line().text("  ").dim("largest").build());
            for (PathChange c : l.topPaths()) {
                out.add(Line.of("    " + TextWidth.padLeft(Bytes.human(c.sizeBytes()), 8) + "  ")
                        .plus(Line.of(p.span(changeStyle(c.change()), c.change())).padRight(9)).plus("  " + c.path()));
            }
        }
        if (l.tree() != null && l.tree().files() > 0) {
            out.add(p.line().text("  ").dim("changed directories").build());
            tree(out, l.tree(), "    ", "", true, true);
        }
        if (l.reclaimableBytes() > 0) {
            out.add(p.line().text("  ").dim("hidden later: " + Bytes.human(l.reclaimableBytes())
                    + " stored here is not in the final filesystem").build());
        }
    }

    private void tree(Lines out, DirChange d, String indent, String prefix, boolean last, boolean root) {
        String name = root ? "/" : lastName(d.path()) + "/";
        String label = root ? indent + name : indent + prefix + p.branch(last) + name;
        out.add(Line.of(label).padRight(40).plus(" ").plus(sizes(d)));
        String childPrefix = root ? "" : prefix + p.treeIndent(last);
        for (int i = 0; i < d.children().size(); i++) {
            boolean lastChild = i == d.children().size() - 1 && d.more() == 0;
            tree(out, d.children().get(i), indent, childPrefix, lastChild, false);
        }
        if (d.more() > 0) {
            out.add(Line.of(indent + childPrefix + p.branch(true)).plus(p.span(Style.DIM, d.more() + " more")));
        }
    }

    private Line sizes(DirChange d) {
        Palette.LineBuilder b = p.line();
        if (d.addedBytes() > 0) {
            b.green("+" + Bytes.human(d.addedBytes())).text(" ");
        }
        if (d.modifiedBytes() > 0) {
            b.yellow("~" + Bytes.human(d.modifiedBytes())).text(" ");
        }
        if (d.removedBytes() > 0) {
            b.red("-" + Bytes.human(d.removedBytes())).text(" ");
        }
        return b.dim(d.files() + (d.files() == 1 ? " change" : " changes")).build();
    }

    private void wasted(Lines out, FilesReport r, LayerNumbers n) {
        out.add(p.line().heading("Wasted space").build());
        String uwp = r.userWastedPercent() == null ? "n/a" : pct(r.userWastedPercent());
        out.add(Line.of("  " + TextWidth.padRight("dive", 12) + "efficiency " + pct(r.efficiency()) + "  wastedBytes "
                + Bytes.human(r.wastedBytes()) + "  userWastedPercent " + uwp));
        out.add(p.line().text("  " + TextWidth.padRight("reclaimable", 12)).bold(Bytes.human(r.reclaimableBytes()))
                .text("  (overwritten " + Bytes.human(r.reclaimable().overwrittenBytes()) + ", deleted "
                + Bytes.human(r.reclaimable().deletedBytes()) + ")").build());
        List<String> per = new ArrayList<>();
        for (LayerReclaim lr : r.reclaimable().perLayer()) {
            if (lr.totalBytes() > 0) {
                per.add(n.layer(lr.layer()) + " " + Bytes.human(lr.totalBytes()));
            }
        }
        if (!per.isEmpty()) {
            wrap(out, Line.of("  " + TextWidth.padRight("stored in", 12)), Line.of(" ".repeat(14)),
                    Line.of(String.join(", ", per)));
        }
        wrap(out, Line.of("  " + TextWidth.padRight("why differ", 12)), Line.of(" ".repeat(14)), Line.of(difference(r)));
        for (DiveEfficiency.Stop stop : r.dive().stops()) {
            wrap(out, Line.of("  " + p.warn() + " "), Line.of("    "), Line.of(n.layer(stop.layer()) + ": whiteout of "
                    + stop.path() + ", which no lower layer has; dive stops counting this layer there, "
                    + "and so do these numbers"));
        }
        if (!r.reclaimable().topPaths().isEmpty()) {
            out.blank();
            out.add(p.line().heading("Top wasted paths").dim("  (bytes the final filesystem hides)").build());
            for (WastedPath w : r.reclaimable().topPaths()) {
                out.add(Line.of("  " + TextWidth.padLeft(Bytes.human(w.bytes()), 8) + "  " + w.path()));
                wrap(out, Line.of("            "), Line.of("            "), p.dimLine(w.cause() + ": stored in "
                        + n.layers(w.storedIn()) + ", hidden by " + n.layers(w.hiddenBy())));
            }
        }
        if (!r.inefficiencies().isEmpty()) {
            out.blank();
            out.add(p.line().heading("dive's inefficient files").dim("  (every copy counted, the kept one too)").build());
            out.add(p.line().text("  ").dim(TextWidth.padRight("count", 6) + TextWidth.padLeft("wasted", 9) + "  "
                    + TextWidth.padRight("layers", 10) + "path").build());
            for (Inefficiency i : r.inefficiencies()) {
                out.add(Line.of("  " + TextWidth.padRight(String.valueOf(i.count()), 6)
                        + TextWidth.padLeft(Bytes.human(i.cumulativeSize()), 9) + "  "
                        + TextWidth.padRight(join(i.layers(), n), 10) + i.path()));
            }
        }
    }

    private static Style changeStyle(String change) {
        return switch (change) {
            case "added" -> Style.GREEN;
            case "modified" -> Style.YELLOW;
            default -> Style.RED;
        };
    }

    private static Style verdictStyle(String verdict) {
        return switch (verdict) {
            case "efficient" -> Style.GREEN;
            case "acceptable" -> Style.YELLOW;
            default -> Style.RED;
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
        return path.substring(slash + 1);
    }

    /** Word-wraps {@code text} to the width: the first line after {@code first}, the rest after {@code rest}. */
    private void wrap(Lines out, Line first, Line rest, Line text) {
        out.addAll(Wrap.lines(text, width, first, rest));
    }
}
