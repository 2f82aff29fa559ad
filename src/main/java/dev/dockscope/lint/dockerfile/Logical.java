package dev.dockscope.lint.dockerfile;

import java.util.Arrays;

/**
 * One logical line: the text of an instruction after joining its continuation lines, with a map from every offset
 * back to the physical line and column it came from.
 */
public final class Logical {
    private final String text;
    private final int[] offsets;
    private final int[] lines;
    private final int[] columns;

    Logical(String text, int[] offsets, int[] lines, int[] columns) {
        this.text = text;
        this.offsets = offsets;
        this.lines = lines;
        this.columns = columns;
    }

    /** A logical line that is one physical line starting at {@code column}. */
    static Logical single(String text, int line, int column) {
        return new Logical(text, new int[] {0}, new int[] {line}, new int[] {column});
    }

    public String text() {
        return text;
    }

    /** Where the character at {@code offset} of {@link #text()} stands in the file. */
    public Pos pos(int offset) {
        int i = Arrays.binarySearch(offsets, Math.max(0, offset));
        if (i < 0) {
            i = -i - 2;
        }
        i = Math.max(0, i);
        return new Pos(lines[i], columns[i] + (offset - offsets[i]));
    }

    /** A sub-range as its own logical line (for ONBUILD's inner instruction). */
    Logical from(int start) {
        String t = text.substring(start);
        int[] o = new int[offsets.length];
        int[] l = new int[offsets.length];
        int[] c = new int[offsets.length];
        int n = 0;
        Pos p0 = pos(start);
        o[n] = 0;
        l[n] = p0.line();
        c[n] = p0.column();
        n++;
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] > start) {
                o[n] = offsets[i] - start;
                l[n] = lines[i];
                c[n] = columns[i];
                n++;
            }
        }
        return new Logical(t, Arrays.copyOf(o, n), Arrays.copyOf(l, n), Arrays.copyOf(c, n));
    }

    static final class Builder {
        // an instruction of one physical line (most of them) keeps that line's text as is: the builder and its
        // copy are made only when a second piece comes
        private String first;
        private StringBuilder sb;
        private int length;
        // one piece fits (most instructions): the arrays are then the instruction's own, not copied
        private int[] offsets = new int[1];
        private int[] lines = new int[1];
        private int[] columns = new int[1];
        private int n;

        void append(String s, int line, int column) {
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
                lines = Arrays.copyOf(lines, n * 2);
                columns = Arrays.copyOf(columns, n * 2);
            }
            offsets[n] = length;
            lines[n] = line;
            columns[n] = column;
            n++;
            if (n == 1) {
                first = s;
            } else {
                if (sb == null) {
                    sb = new StringBuilder(first.length() + s.length() + 64);
                    sb.append(first);
                }
                sb.append(s);
            }
            length += s.length();
        }

        Logical build() {
            String text = n == 0 ? "" : sb == null ? first : sb.toString();
            if (n == offsets.length) { // the builder is done with them
                return new Logical(text, offsets, lines, columns);
            }
            return new Logical(text, Arrays.copyOf(offsets, n), Arrays.copyOf(lines, n), Arrays.copyOf(columns, n));
        }
    }
}
