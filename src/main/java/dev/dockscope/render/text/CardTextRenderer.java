package dev.dockscope.render.text;

import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.CardIndex;
import dev.dockscope.concepts.CardPage;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders concept cards and the card list at any width from 40 columns: paragraphs wrapped by terminal columns,
 * the diagram as drawn (cut with a note when the width is too small), answers only with {@code --answers}, and
 * "On your machine:" from the live section. With {@code --ascii} every character printed is ASCII.
 */
public final class CardTextRenderer {
    private static final int INDENT = 2;
    private final Palette p;
    private final int width;
    private final boolean answers;

    public CardTextRenderer(Palette palette, int width, boolean answers) {
        this.p = palette;
        this.width = Math.max(20, width);
        this.answers = answers;
    }

    // ---- one card -------------------------------------------------------------------------------------------

    public String render(CardPage page) {
        Card c = page.card();
        Lines out = new Lines(width, p.ascii());
        String head = p.heading(t(c.title())) + "  " + p.dim("dockscope learn " + c.slug());
        if (TextWidth.of(t(c.title()) + "  dockscope learn " + c.slug()) > width) {
            head = p.heading(t(c.title()));
        }
        out.add(head);
        wrap(t(c.oneLine()), width, "", "").forEach(l -> out.add(p.bold(l)));
        out.add(p.dim(String.valueOf(p.hLine()).repeat(Math.min(width, 72))));
        for (String para : c.paragraphs()) {
            out.blank();
            wrap(t(para), width, "", "").forEach(out::add);
        }
        diagram(out, c);
        section(out, "Commands that show it");
        for (Card.Command cmd : c.commands()) {
            wrap(t(cmd.command()), width, pad(INDENT) + "$ ", pad(INDENT + 4)).forEach(l -> out.add(p.cyan(l)));
            wrap(t(cmd.shows()), width, pad(INDENT + 4), pad(INDENT + 4)).forEach(l -> out.add(p.dim(l)));
        }
        section(out, "Common mistakes");
        for (String m : c.mistakes()) {
            wrap(t(m), width, pad(INDENT) + p.bullet() + " ", pad(INDENT + 2)).forEach(out::add);
        }
        section(out, "Check yourself");
        int n = 1;
        for (Card.Question q : c.questions()) {
            String num = n++ + ". ";
            wrap(t(q.question()), width, pad(INDENT) + num, pad(INDENT + num.length())).forEach(out::add);
            if (answers) {
                String a = p.arrow() + " ";
                wrap(t(q.answer()), width, pad(INDENT + num.length()) + a, pad(INDENT + num.length() + TextWidth.of(a)))
                        .forEach(l -> out.add(p.green(l)));
            }
        }
        if (!answers) {
            wrap("Answers are hidden; show them with: dockscope learn " + c.slug() + " --answers", width,
                    pad(INDENT), pad(INDENT)).forEach(l -> out.add(p.dim(l)));
        }
        live(out, page.section());
        out.blank();
        wrap("Related: " + String.join(", ", c.related()) + "  (dockscope learn CARD)", width, "", pad(9))
                .forEach(l -> out.add(p.dim(l)));
        return out.toString();
    }

    private void diagram(Lines out, Card c) {
        List<String> lines = c.diagramLines();
        if (lines.isEmpty()) {
            return;
        }
        out.blank();
        int avail = width - INDENT;
        int widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, TextWidth.of(l));
        }
        for (String l : lines) {
            String d = p.ascii() ? CardAscii.diagram(l) : l;
            out.add(d.isEmpty() ? "" : pad(INDENT) + p.blue(TextWidth.of(d) > avail ? cut(d, avail) : d));
        }
        if (widest > avail) {
            wrap("(diagram cut to " + width + " columns; it needs " + (widest + INDENT) + ": try --width "
                    + (widest + INDENT) + ")", width, pad(INDENT), pad(INDENT)).forEach(l -> out.add(p.dim(l)));
        }
    }

    /** Cuts a diagram line at exactly {@code columns} columns, without an ellipsis (the note says it was cut). */
    private static String cut(String s, int columns) {
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = TextWidth.of(cp);
            if (w + cw > columns) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.toString().stripTrailing();
    }

    // ---- "On your machine:" ---------------------------------------------------------------------------------

    /** Only the "On your machine:" part, for the tour. */
    public String renderLive(LiveSection section) {
        Lines out = new Lines(width, p.ascii());
        live(out, section);
        return out.toString().replaceFirst("^\n", "");
    }

    private void live(Lines out, LiveSection section) {
        if (section == null || section instanceof LiveSection.Skipped) {
            return;
        }
        out.blank();
        out.add(p.heading("On your machine:"));
        if (section instanceof LiveSection.Unreachable u) {
            wrap(t("No Docker daemon is reachable: " + safe(u.reason())), width, pad(INDENT), pad(INDENT))
                    .forEach(l -> out.add(p.yellow(l)));
            wrap(t("With one, this card would show " + safe(u.wouldShow())), width, pad(INDENT), pad(INDENT))
                    .forEach(out::add);
            wrap(t(safe(u.hint())), width, pad(INDENT), pad(INDENT)).forEach(l -> out.add(p.dim(l)));
            return;
        }
        if (section instanceof LiveSection.Failed f) {
            wrap(t("The daemon could not answer for this card: " + safe(f.message())), width, pad(INDENT), pad(INDENT))
                    .forEach(l -> out.add(p.yellow(l)));
            return;
        }
        LiveExample e = ((LiveSection.Shown) section).example();
        if (!e.headline().isEmpty()) {
            wrap(t(safe(e.headline())), width, pad(INDENT), pad(INDENT)).forEach(l -> out.add(p.bold(l)));
        }
        facts(out, e.facts());
        for (String note : e.notes()) {
            wrap(t(safe(note)), width, pad(INDENT) + p.bullet() + " ", pad(INDENT + 2)).forEach(l -> out.add(p.dim(l)));
        }
    }

    private void facts(Lines out, List<LiveExample.Fact> facts) {
        // labels wider than the cap get a line of their own, so one long label does not push every value right
        int maxLabelCol = INDENT + Math.min(18, width / 4);
        int labelCol = 0;
        for (LiveExample.Fact f : facts) {
            int end = indentOf(f) + TextWidth.of(t(safe(f.label())));
            if (!f.label().isEmpty() && end <= maxLabelCol) {
                labelCol = Math.max(labelCol, end);
            }
        }
        int valueCol = labelCol + 2;
        for (LiveExample.Fact f : facts) {
            String label = t(safe(f.label()));
            String value = t(safe(f.value()));
            int indent = indentOf(f);
            if (label.isEmpty()) {
                wrap(value, width, pad(indent), pad(indent + 2)).forEach(out::add);
                continue;
            }
            int labelW = TextWidth.of(label);
            if (indent + labelW > labelCol) {
                out.add(pad(indent) + p.bold(TextWidth.truncate(label, width - indent, p.ascii())));
                if (!value.isEmpty()) {
                    wrap(value, width, pad(valueCol), pad(valueCol)).forEach(out::add);
                }
                continue;
            }
            String first = pad(indent) + label + pad(valueCol - indent - labelW);
            if (value.isEmpty()) {
                out.add(pad(indent) + p.bold(label));
                continue;
            }
            List<String> lines = wrap(value, width, first, pad(valueCol));
            out.add(pad(indent) + p.bold(label) + lines.get(0).substring(indent + label.length()));
            lines.subList(1, lines.size()).forEach(out::add);
        }
    }

    private static int indentOf(LiveExample.Fact f) {
        return INDENT + 2 * Math.max(0, Math.min(3, f.level()));
    }

    // ---- the list -------------------------------------------------------------------------------------------

    public String render(CardIndex index) {
        Lines out = new Lines(width, p.ascii());
        if (index.search() != null) {
            out.add(p.heading(t(index.cards().isEmpty() ? "No card mentions \"" + safe(index.search()) + "\"."
                    : "Cards that mention \"" + safe(index.search()) + "\":")));
        } else {
            out.add(p.heading("The twelve concept cards") + p.dim("  dockscope learn CARD"));
        }
        boolean wide = width >= 70;
        int col = wide ? 24 : 6;
        int live = 0;
        out.blank();
        for (CardIndex.Entry e : index.cards()) {
            String mark = e.live() == null ? " " : e.live() ? p.green(p.ascii() ? "*" : "●") : p.dim(p.ascii() ? "o" : "○");
            if (Boolean.TRUE.equals(e.live())) {
                live++;
            }
            String slug = e.slug();
            String title = t(e.title());
            String first = pad(INDENT) + mark + " " + p.bold(slug);
            int used = INDENT + 2 + TextWidth.of(slug);
            if (wide && used + 2 <= col) {
                out.add(first + pad(col - used) + title);
            } else {
                out.add(first);
                wrap(title, width, pad(col), pad(col)).forEach(out::add);
            }
            wrap(t(e.oneLine()), width, pad(col), pad(col)).forEach(l -> out.add(p.dim(l)));
            if (!e.matchedIn().isEmpty()) {
                wrap("found in: " + String.join(", ", e.matchedIn()), width, pad(col), pad(col))
                        .forEach(l -> out.add(p.dim(l)));
            }
        }
        out.blank();
        CardIndex.LiveState s = index.liveState();
        String state = s == null ? "skipped" : s.state();
        switch (state) {
            case "checked" -> wrap(t((p.ascii() ? "*" : "●") + " = a live example on this machine right now (" + live
                    + " of " + index.cards().size() + "); " + (p.ascii() ? "o" : "○") + " = none yet. "
                    + "dockscope learn CARD shows it under \"On your machine:\"."), width, "", "")
                    .forEach(l -> out.add(p.dim(l)));
            case "unreachable" -> {
                wrap(t("No Docker daemon is reachable, so the cards cannot show live examples: " + safe(s.reason())),
                        width, "", "").forEach(l -> out.add(p.yellow(l)));
                wrap(t(safe(s.hint())), width, "", "").forEach(l -> out.add(p.dim(l)));
            }
            default -> wrap("Live examples were not checked (--no-live).", width, "", "").forEach(l -> out.add(p.dim(l)));
        }
        return out.toString();
    }

    // ---- text helpers ---------------------------------------------------------------------------------------

    private void section(Lines out, String title) {
        out.blank();
        out.add(p.heading(title));
    }

    /** ASCII-folds prose under {@code --ascii}. */
    private String t(String s) {
        return s == null ? "" : p.ascii() ? CardAscii.prose(s) : s;
    }

    private static String safe(String s) {
        return s == null ? "" : Sanitizer.line(s);
    }

    private static String pad(int n) {
        return " ".repeat(Math.max(0, n));
    }

    /**
     * Wraps {@code text} into lines of at most {@code width} columns: the first starts with {@code first}, the rest
     * with {@code rest}. Words wider than a line are split.
     */
    static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int w = TextWidth.of(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int ww = TextWidth.of(word);
            if (!empty && w + 1 + ww > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                w = TextWidth.of(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                w++;
            }
            while (w + ww > width) {
                int room = Math.max(1, width - w);
                String head = head(word, room);
                line.append(head);
                lines.add(line.toString());
                word = word.substring(head.length());
                ww = TextWidth.of(word);
                line = new StringBuilder(rest);
                w = TextWidth.of(rest);
            }
            line.append(word);
            w += ww;
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix of {@code word} that fits {@code columns} (at least one character). */
    private static String head(String word, int columns) {
        int w = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int cw = TextWidth.of(cp);
            if (w + cw > columns && i > 0) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return word.substring(0, i);
    }
}
