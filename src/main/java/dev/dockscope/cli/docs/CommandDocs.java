package dev.dockscope.cli.docs;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/** What the generators read from the picocli model, rendered as plain text the way {@code --help} shows it. */
final class CommandDocs {
    private static final Pattern PATH_LABEL = Pattern.compile("(?i).*(FILE|PATH|DIR|FOLDER|ARCHIVE|TAR).*");
    private static final Pattern TWO_COLUMNS = Pattern.compile("^\\s+(\\S+)\\s{2,}(\\S.*)$");

    private CommandDocs() {
    }

    /** One command in the tree: its names from the root ({@code [dockscope, image]}) and its picocli spec. */
    record Node(List<String> path, CommandSpec spec, List<Node> children) {
        String qualifiedName() {
            return String.join(" ", path);
        }

        /** The man page name: {@code dockscope-image}. */
        String pageName() {
            return String.join("-", path);
        }

        String name() {
            return path.get(path.size() - 1);
        }

        boolean isRoot() {
            return path.size() == 1;
        }
    }

    /** A titled block of the usage footer, such as "Environment:" with its two-column entries. */
    record FooterSection(String title, List<String[]> entries, List<String> text) {
    }

    /** The visible command tree, depth first, in the order picocli lists subcommands. */
    static Node tree(CommandLine root) {
        return node(List.of(root.getCommandName()), root);
    }

    private static Node node(List<String> path, CommandLine cmd) {
        List<Node> children = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
                continue; // hidden commands and aliases get no page of their own
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            children.add(node(List.copyOf(p), e.getValue()));
        }
        return new Node(path, cmd.getCommandSpec(), List.copyOf(children));
    }

    static List<Node> flatten(Node root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        for (Node c : n.children()) {
            collect(c, into);
        }
    }

    /** Picocli formats help text with String.format (%n, %%) and then strips @|markup|@ when colour is off. */
    static String plain(String s) {
        String formatted;
        try {
            formatted = String.format(Locale.ROOT, s);
        } catch (IllegalFormatException e) {
            formatted = s;
        }
        return Ansi.OFF.string(formatted).replace("\r\n", "\n");
    }

    /** Description paragraphs: each picocli line (after %n splitting), blank ones dropped. */
    static List<String> lines(String[] raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String l : plain(r).split("\n", -1)) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        }
        return out;
    }

    /** The one-line summary picocli shows in command lists (the header, else the first description line), cut to
     * its first sentence, without the closing period. */
    static String summary(CommandSpec spec) {
        List<String> header = lines(spec.usageMessage().header());
        List<String> desc = header.isEmpty() ? lines(spec.usageMessage().description()) : header;
        if (desc.isEmpty()) {
            return "";
        }
        String first = desc.get(0);
        int stop = first.indexOf(". ");
        String sentence = stop > 0 ? first.substring(0, stop) : first;
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    static List<String> description(CommandSpec spec) {
        return lines(spec.usageMessage().description());
    }

    /** Visible options in help order (sorted by short name, as picocli does, unless the command says not to). */
    static List<OptionSpec> options(CommandSpec spec) {
        List<OptionSpec> opts = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                opts.add(o);
            }
        }
        if (spec.usageMessage().sortOptions()) {
            opts.sort(Comparator.comparing((OptionSpec o) -> bare(o.shortestName()), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(o -> bare(o.shortestName()), Comparator.reverseOrder())
                    .thenComparing(OptionSpec::longestName));
        }
        return opts;
    }

    static List<PositionalParamSpec> positionals(CommandSpec spec) {
        List<PositionalParamSpec> ps = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                ps.add(p);
            }
        }
        return ps;
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "");
    }

    /** Option names, short ones first: {@code -o, --output}. */
    static List<String> names(OptionSpec o) {
        List<String> names = new ArrayList<>(Arrays.asList(o.names()));
        names.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    static boolean takesValue(ArgSpec a) {
        return a.arity().max() > 0;
    }

    static String label(ArgSpec a) {
        return a.paramLabel();
    }

    /** Fixed completion candidates (enums, or an explicit completionCandidates), or an empty list. */
    static List<String> candidates(ArgSpec a) {
        List<String> out = new ArrayList<>();
        if (a.completionCandidates() != null) {
            for (String c : a.completionCandidates()) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean isPath(ArgSpec a) {
        Class<?> t = a.type();
        if (t != null && (File.class.isAssignableFrom(t) || Path.class.isAssignableFrom(t))) {
            return true;
        }
        Class<?>[] aux = a.auxiliaryTypes();
        if (aux != null) {
            for (Class<?> c : aux) {
                if (File.class.isAssignableFrom(c) || Path.class.isAssignableFrom(c)) {
                    return true;
                }
            }
        }
        return a.paramLabel() != null && PATH_LABEL.matcher(a.paramLabel()).matches();
    }

    /** The exit code list as --help shows it (code, meaning), codes trimmed. */
    static Map<String, String> exitCodes(CommandSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : spec.usageMessage().exitCodeList().entrySet()) {
            out.put(plain(e.getKey()).strip(), plain(e.getValue()).strip());
        }
        return out;
    }

    /**
     * The usage footer split at its headings (lines ending with ':'); lines with two columns become entries, other
     * lines text. Text before any heading goes into a section with an empty title.
     */
    static List<FooterSection> footer(CommandSpec spec) {
        List<FooterSection> sections = new ArrayList<>();
        String title = "";
        List<String[]> entries = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String raw : spec.usageMessage().footer()) {
            for (String l : plain(raw).split("\n", -1)) {
                if (l.isBlank()) {
                    continue;
                }
                Matcher m = TWO_COLUMNS.matcher(l);
                if (!Character.isWhitespace(l.charAt(0)) && l.strip().endsWith(":")) {
                    if (!entries.isEmpty() || !text.isEmpty()) {
                        sections.add(new FooterSection(title, List.copyOf(entries), List.copyOf(text)));
                    }
                    title = l.strip().substring(0, l.strip().length() - 1);
                    entries = new ArrayList<>();
                    text = new ArrayList<>();
                } else if (m.matches()) {
                    entries.add(new String[] {m.group(1), m.group(2).strip()});
                } else {
                    text.add(l.strip());
                }
            }
        }
        if (!entries.isEmpty() || !text.isEmpty()) {
            sections.add(new FooterSection(title, List.copyOf(entries), List.copyOf(text)));
        }
        return sections;
    }
}
