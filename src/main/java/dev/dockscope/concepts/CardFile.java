package dev.dockscope.concepts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a card file ({@code concepts/<slug>.yaml}) without a YAML library: loading Jackson's YAML mapper cost
 * {@code learn} more than reading the twelve cards. The files are ours, so this understands exactly the part of YAML
 * they use, and refuses anything else with the line it stopped at (CardFileTest reads every card with a full YAML
 * parser too and expects the same card):
 * <ul>
 *   <li>{@code # comments} and blank lines between keys;</li>
 *   <li>{@code key: value}: a plain scalar, a {@code "double-quoted"} or {@code 'single-quoted'} one, or a flow list
 *   {@code [a, b]} of plain scalars;</li>
 *   <li>{@code key: |} or {@code key: |N}: a literal block, lines indented by the first line's indent (or N);</li>
 *   <li>{@code key:} then {@code - value} items, or {@code - key: value} items with more {@code key: value} lines
 *   under them.</li>
 * </ul>
 */
final class CardFile {
    private final String name;
    private final String[] lines;
    private int at;

    private CardFile(String name, String text) {
        this.name = name;
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    /** The card in {@code text}; {@code name} names the file in errors. */
    static Card parse(String name, String text) {
        return new CardFile(name, text).card();
    }

    private Card card() {
        String slug = null;
        String title = null;
        String oneLine = null;
        String explanation = null;
        String diagram = null;
        List<String> aliases = null;
        List<String> mistakes = null;
        List<String> related = null;
        List<Card.Command> commands = null;
        List<Card.Question> questions = null;
        List<String> seen = new ArrayList<>();
        while (skipBlankAndComments()) {
            String line = lines[at];
            if (line.startsWith(" ") || line.startsWith("\t")) {
                throw error("an indented line where a top-level key was expected");
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                throw error("expected `key: value`");
            }
            String key = line.substring(0, colon);
            if (seen.contains(key)) {
                throw error("key " + key + " appears twice");
            }
            seen.add(key);
            String rest = line.substring(colon + 1).strip();
            at++;
            switch (key) {
                case "slug" -> slug = scalar(rest);
                case "title" -> title = scalar(rest);
                case "oneLine" -> oneLine = scalar(rest);
                case "explanation" -> explanation = block(rest);
                case "diagram" -> diagram = block(rest);
                case "aliases" -> aliases = stringList(rest);
                case "mistakes" -> mistakes = stringList(rest);
                case "related" -> related = stringList(rest);
                case "commands" -> commands = commands(rest);
                case "questions" -> questions = questions(rest);
                default -> {
                    at--;
                    throw error("unknown key " + key);
                }
            }
        }
        return new Card(slug, title, oneLine, aliases, explanation, diagram, commands, mistakes, questions, related);
    }

    /** Moves past blank and comment lines; false at the end of the file. */
    private boolean skipBlankAndComments() {
        while (at < lines.length && (lines[at].isBlank() || lines[at].stripLeading().startsWith("#"))) {
            at++;
        }
        return at < lines.length;
    }

    /** Where a {@code key:} ends (the colon), or -1; keys are letters only. */
    private static int keyEnd(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i > 0 && i < s.length() && s.charAt(i) == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ') ? i : -1;
    }

    /** A one-line scalar: plain, double- or single-quoted; {@code ~}, {@code null} and nothing are null. */
    private String scalar(String s) {
        if (s.isEmpty() || s.equals("~") || s.equals("null")) {
            return null;
        }
        char c = s.charAt(0);
        if (c == '"') {
            return doubleQuoted(s);
        }
        if (c == '\'') {
            if (s.length() < 2 || !s.endsWith("'")) {
                throw error("a single-quoted value must end on its line");
            }
            String inner = s.substring(1, s.length() - 1);
            if (inner.replace("''", "").contains("'")) {
                throw error("a lone ' inside a single-quoted value");
            }
            return inner.replace("''", "'");
        }
        if ("[]{}|>&*!%@`,?:-#".indexOf(c) >= 0 && !(c == '-' && s.length() > 1 && s.charAt(1) != ' ')) {
            throw error("unsupported YAML: a value starting with " + c + " (quote it)");
        }
        if (s.contains(" #") || s.contains(": ") || s.endsWith(":")) {
            throw error("unsupported YAML: ` #` or `: ` inside a plain value (quote it)");
        }
        return s;
    }

    private String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (i != s.length() - 1) {
                    throw error("text after a closing quote");
                }
                return b.toString();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    break;
                }
                char e = s.charAt(++i);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    default -> throw error("unsupported escape \\" + e);
                }
            } else {
                b.append(c);
            }
            i++;
        }
        throw error("a double-quoted value must end on its line");
    }

    /** {@code |} or {@code |N} then the block's lines (clip: one final line break), for a top-level key. */
    private String block(String header) {
        if (!header.equals("|") && !(header.length() == 2 && header.charAt(0) == '|'
                && header.charAt(1) >= '1' && header.charAt(1) <= '9')) {
            if (header.startsWith("|") || header.startsWith(">")) {
                at--;
                throw error("unsupported block header " + header + " (use | or |N)");
            }
            return scalar(header);
        }
        int indent = header.length() == 2 ? header.charAt(1) - '0' : -1;
        List<String> body = new ArrayList<>();
        while (at < lines.length) {
            String line = lines[at];
            if (line.isBlank()) {
                body.add(indent > 0 && line.length() > indent ? line.substring(indent) : "");
                at++;
                continue;
            }
            int lead = leadingSpaces(line);
            if (indent < 0) {
                if (lead == 0) {
                    break;
                }
                indent = lead;
            }
            if (lead < indent) {
                break;
            }
            body.add(line.substring(indent));
            at++;
        }
        int end = body.size();
        while (end > 0 && body.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < end; i++) {
            b.append(body.get(i)).append('\n');
        }
        return b.toString();
    }

    /** {@code [a, b]} on the key's line, or {@code - a} items under it. */
    private List<String> stringList(String rest) {
        List<String> out = new ArrayList<>();
        if (rest.startsWith("[")) {
            if (!rest.endsWith("]")) {
                at--;
                throw error("a flow list must end on its line");
            }
            String inner = rest.substring(1, rest.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",", -1)) {
                    String v = item.strip();
                    if (v.isEmpty() || v.startsWith("\"") || v.startsWith("'")) {
                        at--;
                        throw error("unsupported flow list item `" + v + "` (plain words only)");
                    }
                    out.add(scalarAt(v, at - 1));
                }
            }
            return out;
        }
        expectNothing(rest);
        while (nextItem()) {
            String item = lines[at].stripLeading().substring(1).strip();
            if (keyEnd(item) > 0) {
                throw error("a list of strings has a `key: value` item");
            }
            out.add(scalar(item));
            at++;
        }
        return out;
    }

    private String scalarAt(String v, int line) {
        int saved = at;
        at = line;
        String s = scalar(v);
        at = saved;
        return s;
    }

    private List<Card.Command> commands(String rest) {
        List<Card.Command> out = new ArrayList<>();
        for (String[] m : mapItems(rest, "command", "shows")) {
            out.add(new Card.Command(m[0], m[1]));
        }
        return out;
    }

    private List<Card.Question> questions(String rest) {
        List<Card.Question> out = new ArrayList<>();
        for (String[] m : mapItems(rest, "question", "answer")) {
            out.add(new Card.Question(m[0], m[1]));
        }
        return out;
    }

    /** {@code - first: …} items with a {@code second: …} line under each, as [first, second] pairs. */
    private List<String[]> mapItems(String rest, String first, String second) {
        expectNothing(rest);
        List<String[]> out = new ArrayList<>();
        while (nextItem()) {
            String line = lines[at];
            int dash = leadingSpaces(line);
            String[] pair = new String[2];
            String item = line.substring(dash + 1);
            int keyIndent = dash + 1 + leadingSpaces(item);
            String entry = item.strip();
            while (true) {
                int colon = keyEnd(entry);
                if (colon < 0) {
                    throw error("expected `" + first + ": …` or `" + second + ": …`");
                }
                String key = entry.substring(0, colon);
                int slot = key.equals(first) ? 0 : key.equals(second) ? 1 : -1;
                if (slot < 0) {
                    throw error("unknown key " + key + " (expected " + first + " or " + second + ")");
                }
                if (pair[slot] != null) {
                    throw error("key " + key + " appears twice in one item");
                }
                pair[slot] = scalar(entry.substring(colon + 1).strip());
                at++;
                if (!skipBlankAndComments() || leadingSpaces(lines[at]) != keyIndent
                        || lines[at].stripLeading().startsWith("-")) {
                    break;
                }
                entry = lines[at].strip();
            }
            out.add(pair);
        }
        return out;
    }

    /** True when the next non-blank line is an indented {@code - } list item. */
    private boolean nextItem() {
        if (!skipBlankAndComments()) {
            return false;
        }
        String line = lines[at];
        String s = line.stripLeading();
        return leadingSpaces(line) > 0 && (s.equals("-") || s.startsWith("- "));
    }

    private void expectNothing(String rest) {
        if (!rest.isEmpty()) {
            at--;
            throw error("expected a list on the following lines");
        }
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException("concept card " + name + " line " + (at + 1) + ": " + what);
    }
}
