package dev.dockscope.render.text;

import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.CardIndex;
import dev.dockscope.concepts.CardPage;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.concepts.LiveSection;
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
        Lines out = new Lines(p, width);
        Line head = p.line().heading(t(c.title())).text("  ").dim("dockscope learn " + c.slug()).build();
        if (head.width() > width) {
            head = p.line().heading(t(c.title())).build();
        }
        out.add(head);
        wrap(out, Style.BOLD, t(c.oneLine()), "", "");
        out.add(p.line().dim(String.valueOf(p.hLine()).repeat(Math.min(width, 72))).build());
        for (String para : c.paragraphs()) {
            out.blank();
            wrap(out, Style.PLAIN, t(para), "", "");
        }
        diagram(out, c);
        section(out, "Commands that show it");
        for (Card.Command cmd : c.commands()) {
            wrap(out, Style.CYAN, t(cmd.command()), pad(INDENT) + "$ ", pad(INDENT + 4));
            wrap(out, Style.DIM, t(cmd.shows()), pad(INDENT + 4), pad(INDENT + 4));
        }
        section(out, "Common mistakes");
        for (String m : c.mistakes()) {
            wrap(out, Style.PLAIN, t(m), pad(INDENT) + p.bullet() + " ", pad(INDENT + 2));
        }
        section(out, "Check yourself");
        int n = 1;
        for (Card.Question q : c.questions()) {
            String num = n++ + ". ";
            wrap(out, Style.PLAIN, t(q.question()), pad(INDENT) + num, pad(INDENT + num.length()));
            if (answers) {
                String a = p.arrow() + " ";
                wrap(out, Style.GREEN, t(q.answer()), pad(INDENT + num.length()) + a,
                        pad(INDENT + num.length() + TextWidth.of(a)));
            }
        }
        if (!answers) {
            wrap(out, Style.DIM, "Answers are hidden; show them with: dockscope learn " + c.slug() + " --answers",
                    pad(INDENT), pad(INDENT));
        }
        live(out, page.section());
        out.blank();
        wrap(out, Style.DIM, "Related: " + String.join(", ", c.related()) + "  (dockscope learn CARD)", "", pad(9));
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
            out.add(d.isEmpty() ? Line.EMPTY : p.line().text(pad(INDENT))
                    .blue(TextWidth.of(d) > avail ? cut(d, avail) : d).build());
        }
        if (widest > avail) {
            wrap(out, Style.DIM, "(diagram cut to " + width + " columns; it needs " + (widest + INDENT)
                    + ": try --width " + (widest + INDENT) + ")", pad(INDENT), pad(INDENT));
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
        Lines out = new Lines(p, width);
        live(out, section);
        return out.toString().replaceFirst("^\n", "");
    }

    private void live(Lines out, LiveSection section) {
        if (section == null || section instanceof LiveSection.Skipped) {
            return;
        }
        out.blank();
        out.add(p.line().heading("On your machine:").build());
        if (section instanceof LiveSection.Unreachable u) {
            wrap(out, Style.YELLOW, t("No Docker daemon is reachable: " + orEmpty(u.reason())), pad(INDENT), pad(INDENT));
            wrap(out, Style.PLAIN, t("With one, this card would show " + orEmpty(u.wouldShow())), pad(INDENT), pad(INDENT));
            wrap(out, Style.DIM, t(u.hint()), pad(INDENT), pad(INDENT));
            return;
        }
        if (section instanceof LiveSection.Failed f) {
            wrap(out, Style.YELLOW, t("The daemon could not answer for this card: " + orEmpty(f.message())), pad(INDENT),
                    pad(INDENT));
            return;
        }
        LiveExample e = ((LiveSection.Shown) section).example();
        if (!e.headline().isEmpty()) {
            wrap(out, Style.BOLD, t(e.headline()), pad(INDENT), pad(INDENT));
        }
        facts(out, e.facts());
        for (String note : e.notes()) {
            wrap(out, Style.DIM, t(note), pad(INDENT) + p.bullet() + " ", pad(INDENT + 2));
        }
    }

    private void facts(Lines out, List<LiveExample.Fact> facts) {
        // labels wider than the cap get a line of their own, so one long label does not push every value right
        int maxLabelCol = INDENT + Math.min(18, width / 4);
        int labelCol = 0;
        for (LiveExample.Fact f : facts) {
            int end = indentOf(f) + Span.plain(t(f.label())).width();
            if (!f.label().isEmpty() && end <= maxLabelCol) {
                labelCol = Math.max(labelCol, end);
            }
        }
        int valueCol = labelCol + 2;
        for (LiveExample.Fact f : facts) {
            Span label = p.span(Style.BOLD, t(f.label()));
            String value = t(f.value());
            int indent = indentOf(f);
            if (label.text().isEmpty()) {
                wrap(out, Style.PLAIN, value, pad(indent), pad(indent + 2));
                continue;
            }
            int labelW = label.width();
            if (indent + labelW > labelCol) {
                out.add(Line.of(Span.plain(pad(indent)), label).cut(width, p.ascii() ? "..." : "…"));
                if (!value.isEmpty()) {
                    wrap(out, Style.PLAIN, value, pad(valueCol), pad(valueCol));
                }
                continue;
            }
            if (value.isEmpty()) {
                out.add(Line.of(Span.plain(pad(indent)), label));
                continue;
            }
            Line first = Line.of(Span.plain(pad(indent)), label, Span.plain(pad(valueCol - indent - labelW)));
            out.addAll(Wrap.lines(Line.of(value), width, first, Line.of(pad(valueCol))));
        }
    }

    private static int indentOf(LiveExample.Fact f) {
        return INDENT + 2 * Math.max(0, Math.min(3, f.level()));
    }

    // ---- the list -------------------------------------------------------------------------------------------

    public String render(CardIndex index) {
        Lines out = new Lines(p, width);
        if (index.search() != null) {
            out.add(p.line().heading(t(index.cards().isEmpty() ? "No card mentions \"" + index.search() + "\"."
                    : "Cards that mention \"" + index.search() + "\":")).build());
        } else {
            out.add(p.line().heading("The twelve concept cards").dim("  dockscope learn CARD").build());
        }
        boolean wide = width >= 70;
        int col = wide ? 24 : 6;
        int live = 0;
        out.blank();
        for (CardIndex.Entry e : index.cards()) {
            Span mark = e.live() == null ? Span.plain(" ") : e.live() ? p.span(Style.GREEN, p.ascii() ? "*" : "●")
                    : p.span(Style.DIM, p.ascii() ? "o" : "○");
            if (Boolean.TRUE.equals(e.live())) {
                live++;
            }
            String slug = e.slug();
            String title = t(e.title());
            Line first = p.line().text(pad(INDENT)).add(Line.of(mark)).text(" ").bold(slug).build();
            int used = INDENT + 2 + TextWidth.of(slug);
            if (wide && used + 2 <= col) {
                out.add(first.plus(pad(col - used)).plus(title));
            } else {
                out.add(first);
                wrap(out, Style.PLAIN, title, pad(col), pad(col));
            }
            wrap(out, Style.DIM, t(e.oneLine()), pad(col), pad(col));
            if (!e.matchedIn().isEmpty()) {
                wrap(out, Style.DIM, "found in: " + String.join(", ", e.matchedIn()), pad(col), pad(col));
            }
        }
        out.blank();
        CardIndex.LiveState s = index.liveState();
        String state = s == null ? "skipped" : s.state();
        switch (state) {
            case "checked" -> wrap(out, Style.DIM, t((p.ascii() ? "*" : "●") + " = a live example on this machine right now ("
                    + live + " of " + index.cards().size() + "); " + (p.ascii() ? "o" : "○") + " = none yet. "
                    + "dockscope learn CARD shows it under \"On your machine:\"."), "", "");
            case "unreachable" -> {
                wrap(out, Style.YELLOW, t("No Docker daemon is reachable, so the cards cannot show live examples: "
                        + orEmpty(s.reason())), "", "");
                wrap(out, Style.DIM, t(s.hint()), "", "");
            }
            default -> wrap(out, Style.DIM, "Live examples were not checked (--no-live).", "", "");
        }
        return out.toString();
    }

    // ---- text helpers ---------------------------------------------------------------------------------------

    private void section(Lines out, String title) {
        out.blank();
        out.add(p.line().heading(title).build());
    }

    /** ASCII-folds prose under {@code --ascii}. */
    private String t(String s) {
        return s == null ? "" : p.ascii() ? CardAscii.prose(s) : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String pad(int n) {
        return " ".repeat(Math.max(0, n));
    }

    /** Wraps {@code text} in {@code style} (plain prefixes) with the one wrapper and adds the lines. */
    private void wrap(Lines out, Style style, String text, String first, String rest) {
        out.addAll(Wrap.lines(Line.of(p.span(style, text)), width, Line.of(first), Line.of(rest)));
    }
}
