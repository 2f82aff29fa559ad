package dev.dockscope.cli.docs;

import dev.dockscope.cli.docs.CommandDocs.FooterSection;
import dev.dockscope.cli.docs.CommandDocs.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A troff man page (section 1) for one command, written from the picocli model: name, synopsis, description,
 * arguments, options, subcommands, exit status and environment as {@code --help} shows them, and see-also links.
 * No date or version in the header, so the page only changes when the commands do.
 */
public final class ManPage {
    private final Node root;
    private final Node node;
    private final Node parent;
    private final List<String> out = new ArrayList<>();

    private ManPage(Node root, Node node, Node parent) {
        this.root = root;
        this.node = node;
        this.parent = parent;
    }

    /** The page for {@code node}, whose parent is {@code parent} (null for the root). */
    static String generate(Node root, Node node, Node parent) {
        return new ManPage(root, node, parent).render();
    }

    private String render() {
        out.add(".\\\" Generated from the picocli model by scripts/gen-docs; do not edit.");
        out.add(".TH \"" + Troff.escape(node.pageName().toUpperCase(Locale.ROOT)) + "\" \"1\" \"\" \""
                + Troff.escape(root.name()) + "\" \"" + Troff.escape(root.name()) + " Manual\"");
        out.add(".nh");
        out.add(".ad l");
        name();
        synopsis();
        description();
        arguments();
        options();
        commands();
        exitStatus();
        footer();
        seeAlso();
        return String.join("\n", out) + "\n";
    }

    private void name() {
        out.add(".SH NAME");
        String summary = CommandDocs.summary(node.spec());
        out.add(Troff.protect(Troff.escape(node.pageName()) + (summary.isEmpty() ? "" : " \\- " + Troff.escape(summary))));
    }

    private void synopsis() {
        out.add(".SH SYNOPSIS");
        List<String> parts = new ArrayList<>();
        parts.add(Troff.bold(node.qualifiedName()));
        StringBuilder cluster = new StringBuilder();
        List<String> rest = new ArrayList<>();
        for (OptionSpec o : CommandDocs.options(node.spec())) {
            String shortName = shortName(o);
            if (!CommandDocs.takesValue(o) && shortName != null && !o.required()) {
                cluster.append(shortName.substring(1));
                continue;
            }
            String s = Troff.bold(o.longestName());
            if (CommandDocs.takesValue(o)) {
                s += "\\ " + Troff.italic(CommandDocs.label(o));
            }
            if (o.isMultiValue()) {
                s += "...";
            }
            rest.add(o.required() ? s : "[" + s + "]");
        }
        if (cluster.length() > 0) {
            parts.add("[" + Troff.bold("-" + cluster) + "]");
        }
        parts.addAll(rest);
        for (PositionalParamSpec p : CommandDocs.positionals(node.spec())) {
            String s = Troff.italic(CommandDocs.label(p)) + (p.arity().max() > 1 ? "..." : "");
            parts.add(p.arity().min() == 0 ? "[" + s + "]" : s);
        }
        if (!node.children().isEmpty()) {
            parts.add(Troff.escape(node.spec().usageMessage().synopsisSubcommandLabel()));
        }
        for (String p : parts) {
            out.add(Troff.protect(p));
        }
    }

    private static String shortName(OptionSpec o) {
        for (String n : o.names()) {
            if (n.length() == 2 && n.charAt(0) == '-' && n.charAt(1) != '-') {
                return n;
            }
        }
        return null;
    }

    private void description() {
        List<String> paras = CommandDocs.description(node.spec());
        if (paras.isEmpty()) {
            return;
        }
        out.add(".SH DESCRIPTION");
        boolean first = true;
        for (String para : paras) {
            if (!first) {
                out.add(".PP");
            }
            out.add(Troff.line(para));
            first = false;
        }
    }

    private void arguments() {
        List<PositionalParamSpec> ps = CommandDocs.positionals(node.spec());
        if (ps.isEmpty()) {
            return;
        }
        out.add(".SH ARGUMENTS");
        for (PositionalParamSpec p : ps) {
            out.add(".TP");
            out.add(Troff.italic(CommandDocs.label(p)) + (p.arity().max() > 1 ? "..." : ""));
            body(CommandDocs.lines(p.description()));
        }
    }

    private void options() {
        List<OptionSpec> opts = CommandDocs.options(node.spec());
        if (opts.isEmpty()) {
            return;
        }
        out.add(".SH OPTIONS");
        for (OptionSpec o : opts) {
            out.add(".TP");
            List<String> names = new ArrayList<>();
            for (String n : CommandDocs.names(o)) {
                names.add(Troff.bold(n));
            }
            String tag = String.join(", ", names);
            if (CommandDocs.takesValue(o)) {
                tag += " " + Troff.italic(CommandDocs.label(o));
            }
            out.add(Troff.protect(tag));
            body(CommandDocs.lines(o.description()));
        }
    }

    private void commands() {
        List<Node> below = CommandDocs.flatten(node);
        below.remove(0);
        if (below.isEmpty()) {
            return;
        }
        out.add(".SH COMMANDS");
        for (Node c : below) {
            out.add(".TP");
            out.add(Troff.bold(String.join(" ", c.path().subList(node.path().size(), c.path().size()))));
            String summary = CommandDocs.summary(c.spec());
            if (!summary.isEmpty()) {
                out.add(Troff.line(summary + "."));
            }
            out.add("See " + Troff.bold(c.pageName()) + "(1).");
        }
    }

    private void exitStatus() {
        Map<String, String> codes = CommandDocs.exitCodes(node.spec());
        if (codes.isEmpty()) {
            return;
        }
        out.add(".SH EXIT STATUS");
        for (Map.Entry<String, String> e : codes.entrySet()) {
            out.add(".TP");
            out.add(Troff.bold(e.getKey()));
            out.add(Troff.line(e.getValue()));
        }
    }

    private void footer() {
        for (FooterSection s : CommandDocs.footer(node.spec())) {
            out.add(".SH " + (s.title().isEmpty() ? "NOTES" : Troff.escape(s.title().toUpperCase(Locale.ROOT))));
            for (String[] e : s.entries()) {
                out.add(".TP");
                out.add(Troff.bold(e[0]));
                out.add(Troff.line(e[1]));
            }
            if (!s.text().isEmpty()) {
                if (!s.entries().isEmpty()) {
                    out.add(".PP");
                }
                for (String t : s.text()) {
                    out.add(Troff.line(t));
                    out.add(".br");
                }
                out.remove(out.size() - 1);
            }
        }
    }

    private void seeAlso() {
        List<String> pages = new ArrayList<>();
        if (node != root) {
            pages.add(root.pageName());
        }
        if (parent != null && parent != root) {
            pages.add(parent.pageName());
        }
        List<Node> below = CommandDocs.flatten(node);
        below.remove(0);
        for (Node c : below) {
            pages.add(c.pageName());
        }
        if (pages.isEmpty()) {
            return;
        }
        out.add(".SH SEE ALSO");
        for (int i = 0; i < pages.size(); i++) {
            out.add(".BR " + Troff.escape(pages.get(i)) + " (1)" + (i < pages.size() - 1 ? "," : ""));
        }
    }

    private void body(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        for (String l : lines) {
            out.add(Troff.line(l));
            out.add(".br");
        }
        out.remove(out.size() - 1);
    }
}
