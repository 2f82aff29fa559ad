package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.Durations;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.image.ImageExplanation.Config;
import dev.dockscope.model.image.ImageExplanation.EnvVar;
import dev.dockscope.model.image.ImageExplanation.Finding;
import dev.dockscope.model.image.ImageExplanation.Layer;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageReport;
import dev.dockscope.render.prose.CacheProse;
import dev.dockscope.render.prose.ImageProse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code dockscope image}: identity, the layer stack, the cache story and the run-time defaults. */
public final class ImageTextRenderer {
    /**
     * Which parts to draw. {@code files}: the files section of a report that has one ({@code --files});
     * {@code gateOnly}: only the CI gate ({@code --ci} without {@code --files} or {@code --path}).
     */
    public record Options(boolean layersOnly, boolean cacheStory, boolean sortBySize, boolean secretsShown,
                          boolean files, boolean gateOnly) {
        public Options(boolean layersOnly, boolean cacheStory, boolean sortBySize, boolean secretsShown) {
            this(layersOnly, cacheStory, sortBySize, secretsShown, false, false);
        }
    }

    private static final int BAR = 10;
    private final Palette p;
    private final int width;
    private final Instant now;

    public ImageTextRenderer(Palette palette, int width, Instant now) {
        this.p = palette;
        this.width = width;
        this.now = now;
    }

    /**
     * {@code dockscope image} as text, one report per image: the explanation, then (as the options and the report
     * have them) the files section, the path history and the CI gate.
     */
    public String render(List<ImageReport> reports, Options o) {
        StringBuilder b = new StringBuilder();
        for (ImageReport r : reports) {
            if (b.length() > 0) {
                b.append('\n');
            }
            if (!o.gateOnly()) {
                b.append(render(r.image(), o));
            }
            if (o.files() && r.files() != null) {
                b.append('\n').append(new FilesTextRenderer(p, width).render(r));
            }
            if (r.paths() != null) {
                b.append('\n').append(new FilesPathTextRenderer(p, width).render(r.paths()));
            }
            if (r.ci() != null) {
                if (o.gateOnly()) {
                    b.append(p.line().heading("CI GATE " + r.image().ref()).build().render()).append('\n');
                } else {
                    b.append('\n');
                }
                b.append(new CiGateTextRenderer(p, width).render(r.ci()));
            }
        }
        return b.toString();
    }

    public String render(ImageExplanation img, Options o) {
        Lines out = new Lines(p, width);
        if (!o.layersOnly()) {
            identity(img, out);
            out.blank();
        }
        layers(img, o.sortBySize(), out);
        if (!o.layersOnly()) {
            if (o.cacheStory()) {
                out.blank();
                cacheStory(img, out);
            }
            out.blank();
            runDefaults(img.config(), o.secretsShown(), out);
        }
        return out.toString();
    }

    /** One section on its own (the tour shows them one at a time). */
    public String section(ImageExplanation img, Section section) {
        Lines out = new Lines(p, width);
        switch (section) {
            case IDENTITY -> identity(img, out);
            case LAYERS -> layers(img, false, out);
            case CACHE_STORY -> cacheStory(img, out);
            case RUN_DEFAULTS -> runDefaults(img.config(), false, out);
        }
        return out.toString();
    }

    public enum Section { IDENTITY, LAYERS, CACHE_STORY, RUN_DEFAULTS }

    private void heading(Lines out, String title, String sub) {
        Palette.LineBuilder l = p.line().heading(title);
        if (sub != null) {
            l.text("  ").dim(sub);
        }
        out.add(l.build());
    }

    private void footer(Lines out, Concept... concepts) {
        for (Concept c : concepts) {
            out.add(p.dimLine(c.footer(p.ascii())));
        }
    }

    private void field(Lines out, String label, String value) {
        field(out, label, Line.of(value));
    }

    private void field(Lines out, String label, Line value) {
        out.addHanging(p.line().bold("  " + TextWidth.padRight(label, 12)).build(), value);
    }

    // ---- identity ---------------------------------------------------------------------------------------------

    private void identity(ImageExplanation img, Lines out) {
        heading(out, "IMAGE " + img.ref(), null);
        field(out, "id", shortId(img.id()));
        field(out, "tags", img.repoTags().isEmpty() ? "none (dangling: only the id names it)" : String.join(", ", img.repoTags()));
        field(out, "digests", img.repoDigests().isEmpty() ? "none" : String.join(", ", img.repoDigests()));
        field(out, "origin", ImageProse.origin(img.origin().explanation()));
        field(out, "created", (img.created() == null ? "?" : img.created()) + "  (" + Durations.age(img.created(), now) + " ago)");
        field(out, "platform", img.os() + "/" + img.architecture() + (img.variant() == null ? "" : "/" + img.variant())
                + (img.platforms() == null || img.platforms().size() < 2 ? "" : "  (index has: " + String.join(", ", img.platforms()) + ")"));
        long empty = img.layers().stream().filter(Layer::empty).count();
        field(out, "size", Bytes.human(img.size()) + " in " + img.layerCount() + " layer" + (img.layerCount() == 1 ? "" : "s")
                + " (" + img.historyCount() + " history steps, " + empty + " of them metadata only)");
        for (Note note : img.notes()) {
            out.addHanging(p.line().text("  ").yellow(p.warn()).text(" ").build(), Line.of(ImageProse.note(note)));
        }
        footer(out, Concept.IMAGE, Concept.REGISTRY);
    }

    // ---- layers -----------------------------------------------------------------------------------------------

    private void layers(ImageExplanation img, boolean bySize, Lines out) {
        heading(out, "LAYERS", bySize ? "largest first" : "bottom to top, as they stack; newest at the top");
        List<Layer> rows = new ArrayList<>(img.layers());
        if (bySize) {
            rows.sort(Comparator.comparingLong(Layer::size).reversed().thenComparingInt(Layer::index));
        } else {
            java.util.Collections.reverse(rows);
        }
        long max = img.layers().stream().mapToLong(Layer::size).max().orElse(0);
        int inner = width - 4; // "  │" … "│"
        int content = inner - 4; // "│ " … " │"
        String h = String.valueOf(p.hLine());
        if (!bySize) {
            String label = " container's writable layer: added by docker run, gone with docker rm ";
            String dashed = String.valueOf(p.dashedH());
            out.add(p.line().text("  ").dim(dashed.repeat(inner)).build());
            out.add(p.line().text("  ").dim(p.dashedV() + TextWidth.padRight(TextWidth.truncate(label, inner - 2,
                    p.ascii()), inner - 2) + p.dashedV()).build());
        }
        out.add(Line.of("  " + p.corner(Palette.Corner.TOP_LEFT) + h.repeat(inner - 2)
                + p.corner(Palette.Corner.TOP_RIGHT)));
        boolean baseDrawn = false;
        for (Layer l : rows) {
            if (!bySize && img.base() != null && !baseDrawn && l.base()) {
                String label = " base image" + (img.base().image() == null ? "" : " " + img.base().image()) + " ends here ";
                Line cut = p.dimLine(label).cut(inner - 6, p.ellipsis());
                out.add(Line.of("  " + p.corner(Palette.Corner.TEE_LEFT) + h.repeat(2)).plus(cut)
                        .plus(h.repeat(Math.max(0, inner - 4 - cut.width())) + p.corner(Palette.Corner.TEE_RIGHT)));
                baseDrawn = true;
            }
            out.add(Line.of("  " + p.vLine() + " ").plus(row(l, max, content)).plus(" " + p.vLine()));
        }
        out.add(Line.of("  " + p.corner(Palette.Corner.BOTTOM_LEFT) + h.repeat(inner - 2)
                + p.corner(Palette.Corner.BOTTOM_RIGHT)));
        String dot = p.ascii() ? " | " : " · ";
        out.addHanging(Line.of("  "), p.dimLine("bar: size next to the largest layer" + dot + "(metadata): no filesystem change"
                + dot + (p.ascii() ? "x" : "×") + "N: N other local images share this layer on disk"));
        if (img.base() != null && !bySize) {
            out.addHanging(Line.of("  "), p.dimLine("base: " + ImageProse.base(img.base().method())));
        }
        footer(out, Concept.LAYER_CACHE);
    }

    private Line row(Layer l, long max, int content) {
        String idx = TextWidth.padLeft(String.valueOf(l.index()), 3);
        String size = TextWidth.padLeft(l.empty() ? "" : Bytes.human(l.size()), 8);
        String age = TextWidth.padLeft(Durations.age(l.created(), now), 4);
        String shared = TextWidth.padRight(l.sharedWith().isEmpty() ? "" : (p.ascii() ? "x" : "×") + l.sharedWith().size(), 4);
        Span bar = l.empty() ? p.span(Style.DIM, "(metadata)")
                : p.span(Style.CYAN, p.bar(max == 0 ? 0 : (double) l.size() / max, BAR));
        int instrWidth = content - (3 + 1 + 1 + BAR + 1 + 8 + 1 + 4 + 1 + 4);
        // cut and padded after the span has cleaned the instruction, so a control character cannot shift the columns
        Line instr = Line.of(p.span(l.empty() ? Style.DIM : Style.PLAIN, l.instruction())).cut(instrWidth, p.ellipsis())
                .padRight(instrWidth);
        return p.line().text(idx + " ").add(instr).text(" ").add(bar).text(" " + size + " ").dim(age).text(" " + shared)
                .build();
    }

    // ---- cache story ------------------------------------------------------------------------------------------

    private void cacheStory(ImageExplanation img, Lines out) {
        boolean filesRead = img.layers().stream().anyMatch(l -> l.files() != null);
        boolean allMeasured = img.findings().stream().allMatch(f -> Finding.FILES.equals(f.evidence()));
        heading(out, "CACHE STORY", !filesRead ? "what the history says about size and rebuilds"
                : allMeasured ? "what the layer files show about size and rebuilds"
                : "what the layer files and the history say about size and rebuilds");
        if (img.findings().isEmpty()) {
            out.add(p.line().text("  ").green(p.check()).text(filesRead
                    ? " nothing to point out in the layer files or the history"
                    : " nothing to point out from the history alone (try --files for per-file detail)").build());
        }
        Set<Concept> cards = new LinkedHashSet<>();
        cards.add(Concept.LAYER_CACHE);
        for (Finding f : img.findings()) {
            Span mark = f.severity().equals("warning") ? p.span(Style.YELLOW, p.warn()) : p.span(Style.BLUE, p.bullet());
            String where = (f.layers().size() == 1 ? "layer " : "layers ")
                    + f.layers().stream().map(i -> "#" + i).reduce((a, b) -> a + ", " + b).orElse("")
                    + (f.bytes() > 0 ? "; " + Bytes.human(f.bytes()) + (f.severity().equals("info") ? "" : " at stake") : "")
                    + (Finding.FILES.equals(f.evidence()) ? "; measured in the layer files" : "; from the history");
            out.addHanging(p.line().text("  ").add(mark).text(" ").build(), p.line().bold(f.id() + " " + f.title()).text("  ")
                    .dim("(" + where + ")").build());
            out.addHanging(Line.of("    "), Line.of(CacheProse.message(f.message())));
            out.addHanging(Line.of("    fix: "), Line.of(CacheProse.fix(f.fix())));
            Concept.bySlug(f.concept()).ifPresent(cards::add);
        }
        footer(out, cards.toArray(new Concept[0]));
    }

    // ---- run-time defaults ------------------------------------------------------------------------------------

    private void runDefaults(Config c, boolean secretsShown, Lines out) {
        heading(out, "RUN-TIME DEFAULTS", "what `docker run` starts unless told otherwise");
        // the form belongs to the line that starts PID 1: the entrypoint when there is one, else the cmd
        boolean byEntrypoint = c.entrypoint() != null && !c.entrypoint().isEmpty();
        String form = c.form().equals("none") ? "" : "  " + c.form() + " form";
        field(out, "entrypoint", (c.entrypoint() == null ? "(none)" : command(c.entrypoint(), c.form()))
                + (byEntrypoint ? form : ""));
        field(out, "cmd", (c.cmd() == null ? "(none)" : byEntrypoint ? argv(c.cmd()) : command(c.cmd(), c.form()))
                + (byEntrypoint ? "" : form));
        field(out, "PID 1", (c.pid1() == null ? "(none)" : c.pid1()) + " — " + ImageProse.pid1(c.pid1Note()));
        field(out, "user", c.user() == null ? "root (no USER set)" : c.user());
        if (c.runsAsRoot()) {
            out.addHanging(p.line().text("  " + TextWidth.padRight("", 12)).yellow(p.warn()).text(" ").build(),
                    Line.of("processes run as root: a break-out of the app is root in the container; add a USER"));
        }
        field(out, "workdir", c.workingDir() == null ? "/ (default)" : c.workingDir());
        boolean anyRedacted = false;
        if (c.env().isEmpty()) {
            field(out, "env", "(none)");
        }
        for (int i = 0; i < c.env().size(); i++) {
            EnvVar e = c.env().get(i);
            anyRedacted |= e.redacted();
            field(out, i == 0 ? "env" : "", p.line().text(e.name() + "=").add(e.redacted() ? Style.YELLOW : Style.PLAIN,
                    e.value()).build());
        }
        if (anyRedacted) {
            out.add(p.line().text("  " + TextWidth.padRight("", 12))
                    .dim("values that look secret are redacted; --show-secrets shows them").build());
        }
        field(out, "ports", c.exposedPorts().isEmpty() ? Line.of("(none exposed)") : p.line()
                .text(String.join(", ", c.exposedPorts())).dim("  (documentation only: publish with -p to reach them)")
                .build());
        field(out, "volumes", c.volumes().isEmpty() ? Line.of("(none declared)") : p.line()
                .text(String.join(", ", c.volumes())).dim("  (an anonymous volume is created for each at docker run)")
                .build());
        if (c.labels().isEmpty()) {
            field(out, "labels", "(none)");
        }
        int i = 0;
        for (Map.Entry<String, String> e : c.labels().entrySet()) {
            field(out, i++ == 0 ? "labels" : "", e.getKey() + "=" + e.getValue());
        }
        ImageExplanation.Healthcheck hc = c.healthcheck();
        String test = hc.test() == null ? "" : String.join(" ", hc.test().subList(Math.min(1, hc.test().size()), hc.test().size()));
        field(out, "healthcheck", switch (hc.kind()) {
            case "none" -> Line.of("none");
            case "disabled" -> Line.of("disabled (HEALTHCHECK NONE)");
            default -> p.line().text(test).dim("  (" + hc.kind() + " form; interval " + Durations.human(hc.interval())
                    + ", timeout " + Durations.human(hc.timeout()) + ", retries " + hc.retries() + ", start period "
                    + Durations.human(hc.startPeriod()) + ")").build();
        });
        out.addHanging(Line.of("  " + TextWidth.padRight("", 12)), p.dimLine(ImageProse.healthcheck(hc.explanation())));
        field(out, "stop signal", c.stopSignal() == null ? "SIGTERM (default)" : c.stopSignal());
        List<Concept> cards = new ArrayList<>(List.of(Concept.CONTAINER, Concept.RUNTIME, Concept.HEALTH_CHECK));
        if (!c.volumes().isEmpty()) {
            cards.add(Concept.VOLUME);
        }
        if (!c.exposedPorts().isEmpty()) {
            cards.add(Concept.NETWORK);
        }
        footer(out, cards.toArray(new Concept[0]));
    }

    /** A shell-form command as it was written ({@code /bin/sh -c 'app --flag'}), an exec-form one as its array. */
    private static String command(List<String> a, String form) {
        if (form.equals("shell") && a.size() >= 3) {
            return String.join(" ", a.subList(0, a.size() - 1)) + " '" + a.get(a.size() - 1) + "'";
        }
        return argv(a);
    }

    private static String argv(List<String> a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(a.get(i).replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length())) + (id.startsWith("sha256:") ? "  (sha256)" : "");
    }
}
