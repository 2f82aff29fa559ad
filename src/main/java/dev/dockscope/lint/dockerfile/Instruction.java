package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One instruction as written.
 *
 * @param keyword    upper-case keyword ({@code RUN})
 * @param written    the keyword as written ({@code run})
 * @param pos        where the keyword starts
 * @param endLine    the last physical line of the instruction (continuations and here-documents included)
 * @param text       the logical line (continuations joined), for positions
 * @param flags      leading {@code --name[=value]} flags
 * @param body       the arguments after the flags
 * @param bodyOffset where {@code body} starts in {@code text}
 * @param exec       the JSON array of the exec form, or null for the shell form
 * @param heredocs   here-documents, in order
 * @param onbuild    for ONBUILD: the instruction it carries, else null
 * @param stage      index of the stage it belongs to, -1 before the first FROM
 */
public record Instruction(String keyword, String written, Pos pos, int endLine, Logical text, List<Flag> flags,
                          String body, int bodyOffset, List<String> exec, List<Heredoc> heredocs,
                          Instruction onbuild, int stage) {

    public boolean is(String kw) {
        return keyword.equals(kw);
    }

    public int line() {
        return pos.line();
    }

    public Flag flag(String name) {
        for (Flag f : flags) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    public List<Flag> flags(String name) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags) {
            if (f.name().equalsIgnoreCase(name)) {
                out.add(f);
            }
        }
        return out;
    }

    public String flagValue(String name) {
        Flag f = flag(name);
        return f == null ? null : f.value();
    }

    public boolean isExecForm() {
        return exec != null;
    }

    /** Where the character at {@code offset} of {@code body} stands. */
    public Pos bodyPos(int offset) {
        return text.pos(bodyOffset + offset);
    }

    /** Body split on blanks, honouring quotes (quotes removed); exec form gives the array. */
    public List<String> words() {
        return exec != null ? exec : Words.split(body);
    }

    /** Body words with their offsets in {@code body}. */
    public List<Words.Word> positionedWords() {
        return Words.positioned(body);
    }

    /** COPY/ADD sources (here-document markers excluded). */
    public List<String> sources() {
        List<String> w = words();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size() - 1; i++) {
            if (!w.get(i).startsWith("<<")) {
                out.add(w.get(i));
            }
        }
        return out;
    }

    /** COPY/ADD destination, or null. */
    public String destination() {
        List<String> w = words();
        return w.size() < 2 ? null : w.get(w.size() - 1);
    }

    /** True when the keyword is written in upper case. */
    public boolean upperCase() {
        return written.equals(written.toUpperCase(Locale.ROOT));
    }
}
