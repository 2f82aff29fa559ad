package dev.dockscope.cli.docs;

import dev.dockscope.cli.docs.CommandDocs.Node;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * fish completions written from the picocli model: one {@code complete} line per subcommand and per option of every
 * command, with fixed choices ({@code -x -a}), file completion ({@code -r -F}) for path-like values, and no file
 * completion anywhere else.
 */
public final class FishCompletion {
    private FishCompletion() {
    }

    static String generate(Node root) {
        String cmd = root.name();
        List<String> out = new ArrayList<>();
        out.add("# fish completion for " + cmd + ". Generated from the picocli model by scripts/gen-docs; do not edit.");
        out.add("# Install: copy to ~/.config/fish/completions/" + cmd + ".fish");
        out.add("");
        out.add("complete -c " + cmd + " -f");
        for (Node n : CommandDocs.flatten(root)) {
            Node parent = parentOf(root, n);
            String here = condition(n);
            if (!n.children().isEmpty()) {
                out.add("");
                out.add("# subcommands of " + n.qualifiedName());
                String pick = n.isRoot() ? "__fish_use_subcommand" : here + "; and " + noneOf(n);
                for (Node c : n.children()) {
                    out.add("complete -c " + cmd + " -n " + quote(pick) + " -a " + word(c.name())
                            + describe(CommandDocs.summary(c.spec())));
                }
            }
            out.add("");
            out.add("# " + n.qualifiedName());
            String when = n.isRoot() ? "__fish_use_subcommand"
                    : n.children().isEmpty() ? here : here + "; and " + noneOf(n);
            for (OptionSpec o : CommandDocs.options(n.spec())) {
                out.add(option(cmd, when, o));
            }
            for (PositionalParamSpec p : CommandDocs.positionals(n.spec())) {
                String values = n.spec().helpCommand() && parent != null ? " -x -a " + quote(names(parent)) : values(p);
                if (!values.isEmpty()) {
                    out.add("complete -c " + cmd + " -n " + quote(when) + values
                            + describe(String.join(" ", CommandDocs.lines(p.description()))));
                }
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** A command's path below the root as fish conditions: {@code __fish_seen_subcommand_from image}. */
    private static String condition(Node n) {
        List<String> parts = new ArrayList<>();
        for (String p : n.path().subList(1, n.path().size())) {
            parts.add("__fish_seen_subcommand_from " + p);
        }
        return String.join("; and ", parts);
    }

    private static String noneOf(Node n) {
        return "not __fish_seen_subcommand_from " + names(n);
    }

    private static String names(Node n) {
        List<String> names = new ArrayList<>();
        for (Node c : n.children()) {
            names.add(c.name());
        }
        return String.join(" ", names);
    }

    private static Node parentOf(Node from, Node target) {
        for (Node c : from.children()) {
            if (c == target) {
                return from;
            }
            Node found = parentOf(c, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String option(String cmd, String when, OptionSpec o) {
        StringBuilder b = new StringBuilder("complete -c ").append(cmd);
        if (!when.isEmpty()) {
            b.append(" -n ").append(quote(when));
        }
        for (String name : CommandDocs.names(o)) {
            if (name.startsWith("--")) {
                b.append(" -l ").append(word(name.substring(2)));
            } else if (name.startsWith("-") && name.length() == 2) {
                b.append(" -s ").append(word(name.substring(1)));
            } else if (name.startsWith("-")) {
                b.append(" -o ").append(word(name.substring(1)));
            }
        }
        if (CommandDocs.takesValue(o)) {
            b.append(values(o).isEmpty() ? " -x" : values(o));
        }
        return b.append(describe(String.join(" ", CommandDocs.lines(o.description())))).toString();
    }

    /** What a value completes to: fixed choices, files, or nothing. */
    private static String values(picocli.CommandLine.Model.ArgSpec a) {
        List<String> choices = CommandDocs.candidates(a);
        if (!choices.isEmpty()) {
            return " -x -a " + quote(String.join(" ", choices));
        }
        if (CommandDocs.isPath(a)) {
            return " -r -F";
        }
        return "";
    }

    private static String describe(String text) {
        return text.isBlank() ? "" : " -d " + quote(text.strip());
    }

    /** A bare word when it is one, else quoted. */
    static String word(String s) {
        return s.matches("[A-Za-z0-9_.:/+=-]+") ? s : quote(s);
    }

    /** A fish single-quoted string: only backslash and single quote need escaping there. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\'') {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return b.append('\'').toString();
    }
}
