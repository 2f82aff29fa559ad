package dev.dockscope.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of boxes that wrap to the width: each box is a list of lines, cut to the box's inner width; every box of a row
 * gets the same height. Drawn in box-drawing characters; {@link #ascii(List)} maps them one to one.
 */
public final class Boxes {
    /** Inner width a box aims for; narrower screens get narrower boxes, never more than fit. */
    public static final int INNER = 20;
    static final int GAP = 1;

    private Boxes() {
    }

    /** The inner width for boxes on a line of {@code width} columns after {@code indent}. */
    public static int inner(int width, int indent) {
        return Math.max(6, Math.min(INNER, width - indent - 4));
    }

    /** How many boxes of that inner width fit side by side. */
    public static int perRow(int width, int indent, int inner) {
        return Math.max(1, (width - indent + GAP) / (inner + 4 + GAP));
    }

    /**
     * Draws one row of boxes. {@code stub} when non-null is written on a line above each box, under which the box's
     * top has a {@code ┴} (a connector from a bus above), at offset 3 in the box.
     */
    public static List<String> row(List<List<String>> boxes, int indent, int inner, String stub) {
        int height = 0;
        for (List<String> b : boxes) {
            height = Math.max(height, b.size());
        }
        String pad = " ".repeat(indent);
        String gap = " ".repeat(GAP);
        List<String> out = new ArrayList<>();
        StringBuilder top = new StringBuilder(pad);
        StringBuilder stubLine = new StringBuilder(pad);
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                top.append(gap);
                stubLine.append(gap);
            }
            if (stub != null) {
                top.append("┌──┴").append("─".repeat(inner - 1)).append("┐");
                stubLine.append(TextWidth.padRight("   │ " + TextWidth.truncate(stub, inner - 2, false), inner + 4));
            } else {
                top.append("┌").append("─".repeat(inner + 2)).append("┐");
            }
        }
        if (stub != null) {
            out.add(stubLine.toString().stripTrailing());
        }
        out.add(top.toString());
        for (int line = 0; line < height; line++) {
            StringBuilder b = new StringBuilder(pad);
            for (int i = 0; i < boxes.size(); i++) {
                if (i > 0) {
                    b.append(gap);
                }
                List<String> box = boxes.get(i);
                String text = line < box.size() ? box.get(line) : "";
                b.append("│ ").append(TextWidth.padRight(TextWidth.truncate(text, inner, false), inner)).append(" │");
            }
            out.add(b.toString());
        }
        StringBuilder bottom = new StringBuilder(pad);
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                bottom.append(gap);
            }
            bottom.append("└").append("─".repeat(inner + 2)).append("┘");
        }
        out.add(bottom.toString());
        return out;
    }

    /** A bus line ({@code ═══╤═══╤═}) with a tee above each of {@code count} boxes of the given inner width. */
    public static String bus(int count, int indent, int inner) {
        StringBuilder b = new StringBuilder(" ".repeat(indent));
        int stride = inner + 4 + GAP;
        int last = (count - 1) * stride + 3;
        for (int col = 0; col <= last + 2; col++) {
            b.append(col % stride == 3 ? '╤' : '═');
        }
        return b.toString();
    }

    /** The one-to-one ASCII form of diagram lines. */
    public static List<String> ascii(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(CardAscii.diagram(l));
        }
        return out;
    }
}
