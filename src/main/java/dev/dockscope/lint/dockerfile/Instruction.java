package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
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
 * @param memo       what is computed from the body once and asked by many rules (its words, the names it
 *                   declares); no part of the instruction's value (always equal)
 */
public record Instruction(String keyword, String written, Pos pos, int endLine, Logical text, List<Flag> flags,
                          String body, int bodyOffset, List<String> exec, List<Heredoc> heredocs,
                          Instruction onbuild, int stage, Memo memo) {

    public Instruction(String keyword, String written, Pos pos, int endLine, Logical text, List<Flag> flags,
                       String body, int bodyOffset, List<String> exec, List<Heredoc> heredocs,
                       Instruction onbuild, int stage) {
        this(keyword, written, pos, endLine, text, flags, body, bodyOffset, exec, heredocs, onbuild, stage,
                new Memo());
    }

    /**
     * Views of the body that rules ask for again and again (85 rules, some per word): split once per instruction,
     * so a rule's cost stays one pass over the instruction however many rules ask. Equal to every other memo, so
     * instructions compare as their written parts.
     */
    public static final class Memo extends RecordMemo {
        // volatile: rules may run on two threads (Linter, large files); each view is computed the same by either
        // thread, and the one written is published whole
        private volatile List<String> words;
        private volatile List<Words.Word> positioned;
        private volatile List<String> declared;

        Memo() {
        }
    }

    public boolean is(String kw) {
        // every rule asks this of every instruction: two different keywords almost always differ in their (cached)
        // hash codes, which is cheaper than comparing their characters
        return keyword.hashCode() == kw.hashCode() && keyword.equals(kw);
    }

    public int line() {
        return pos.line();
    }

    public Flag flag(String name) {
        if (flags.isEmpty()) {
            return null; // most instructions have no flag, and rules ask each of them (no iterator for none)
        }
        for (Flag f : flags) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    public List<Flag> flags(String name) {
        if (flags.isEmpty()) {
            return List.of();
        }
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
        return exec != null ? exec : bodyWords();
    }

    /** Body split on blanks, honouring quotes, whatever the form. */
    public List<String> bodyWords() {
        if (memo.words == null) {
            List<String> out = new ArrayList<>();
            for (Words.Word w : positionedWords()) {
                out.add(w.text());
            }
            memo.words = Collections.unmodifiableList(out);
        }
        return memo.words;
    }

    /** Body words with their offsets in {@code body}. */
    public List<Words.Word> positionedWords() {
        List<Words.Word> p = memo.positioned;
        if (p == null) {
            // the first list made is the one every caller gets (rules may compare its words by identity)
            synchronized (memo) {
                p = memo.positioned;
                if (p == null) {
                    p = Collections.unmodifiableList(Words.positioned(body));
                    memo.positioned = p;
                }
            }
        }
        return p;
    }

    /**
     * The variable names an ARG or ENV declares ({@code ENV A=1 B=2}: A, B; the legacy {@code ENV NAME value}: NAME;
     * {@code ARG NAME}: NAME), in order; empty for other instructions.
     */
    public List<String> declares() {
        if (memo.declared == null) {
            List<String> out = new ArrayList<>();
            if (is("ARG") || is("ENV")) {
                List<String> w = bodyWords();
                if (is("ENV") && !w.isEmpty() && !w.get(0).contains("=")) {
                    out.add(w.get(0));
                } else {
                    for (String s : w) {
                        int eq = s.indexOf('=');
                        out.add(eq < 0 ? s : s.substring(0, eq));
                    }
                }
            }
            memo.declared = Collections.unmodifiableList(out);
        }
        return memo.declared;
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
        return sameCase(written, true);
    }

    /** Whether the keyword as written is all lower case ({@code run}): unchanged by lower-casing. */
    public boolean lowerCase() {
        return sameCase(written, false);
    }

    /**
     * Whether {@code s} equals itself upper-cased ({@code upper}) or lower-cased: ASCII text is looked at character by
     * character, without the copy (a rule asks this of every instruction); anything else is case-mapped as before.
     */
    static boolean sameCase(String s, boolean upper) {
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                return s.equals(upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
            }
            if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
