package dev.dockscope.lint.rules;

import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.shell.Command;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared command classifications for rules. */
final class Commands {
    private static final Set<String> RPM = Set.of("yum", "dnf", "microdnf", "zypper");

    private Commands() {
    }

    /**
     * True for {@code base} followed only by digits and dots ({@code pip}, {@code pip3}, {@code python3.12}): the
     * regular expression {@code base[0-9.]*} in plain string code, asked for every command.
     */
    static boolean versioned(String program, String base) {
        if (!program.startsWith(base)) {
            return false;
        }
        for (int k = base.length(); k < program.length(); k++) {
            char ch = program.charAt(k);
            if ((ch < '0' || ch > '9') && ch != '.') {
                return false;
            }
        }
        return true;
    }

    /** apt-get/apt install, apk add, yum/dnf/microdnf/zypper install. */
    static boolean systemInstall(Command c) {
        String p = c.program();
        String sub = c.subcommand();
        return (p.equals("apt-get") || p.equals("apt") || p.equals("aptitude")) && sub.equals("install")
                || p.equals("apk") && sub.equals("add")
                || RPM.contains(p) && (sub.equals("install") || sub.equals("in"));
    }

    /**
     * An install of packages named on the command line, which reads nothing from the build context:
     * {@code pip install flask gunicorn}, {@code npm install -g pnpm}, {@code gem install bundler},
     * {@code cargo install cargo-chef}, {@code go install golang.org/x/tools/gopls@latest}.
     */
    static boolean namedPackageInstall(Command c) {
        String p = c.program();
        String sub = c.subcommand();
        boolean named = !c.operands().isEmpty();
        if ((p.equals("pip") || p.equals("pip3")) && sub.equals("install") && named) {
            return Ecosystem.installOf(c) == null && c.operands().stream().noneMatch(w -> w.text().startsWith(".")
                    || w.text().startsWith("/") || w.text().endsWith(".whl") || w.text().endsWith(".tar.gz"));
        }
        return (p.equals("npm") || p.equals("pnpm")) && (sub.equals("install") || sub.equals("i")) && named
                && (c.has("-g") || c.has("--global"))
                || p.equals("gem") && sub.equals("install") && named && !c.hasPrefix("--file")
                || p.equals("cargo") && sub.equals("install") && named && !c.has("--path")
                || p.equals("go") && sub.equals("install") && c.operands().stream().anyMatch(w -> w.text()
                .contains("@"));
    }

    /**
     * The RUN pipes a vendor's package-repository setup script into a shell ({@code curl -sL
     * https://deb.nodesource.com/setup_20.x | bash -}): such scripts add an apt source and run apt-get update.
     */
    static boolean aptSetupScript(RunScript r) {
        return SETUP_SCRIPT.matcher(r.script()).find();
    }

    private static final Pattern SETUP_SCRIPT = Pattern.compile(
            "(curl|wget)\\s[^|;&]*(deb\\.nodesource\\.com|/setup[_-][^\\s|]*)[^|;&]*\\|\\s*(sudo\\s+)?(-E\\s+)?"
                    + "(bash|sh)\\b");

    /** A step worth caching: a package install, a dependency install, a compile, or a download. */
    static boolean expensive(Command c) {
        String p = c.program();
        return systemInstall(c) || Ecosystem.installOf(c) != null || p.equals("make") || p.equals("cmake")
                || p.equals("gcc") || p.equals("curl") || p.equals("wget") || p.equals("git") && c.subcommand()
                .equals("clone") || (p.equals("npm") || p.equals("yarn") || p.equals("pnpm")) && c.has("build");
    }

    static boolean anyExpensive(RunScript r) {
        for (Command c : r.unwrapped()) {
            if (expensive(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the RUN has a {@code --mount=type=cache} or {@code type=tmpfs} (neither is kept in the layer) whose
     * target starts with {@code prefix} (or any, if null).
     */
    static boolean cacheMount(RunScript r, String prefix) {
        for (var f : r.instruction().flags("mount")) {
            var o = f.options();
            if ("cache".equals(o.get("type")) || "tmpfs".equals(o.get("type"))) {
                String t = o.getOrDefault("target", o.getOrDefault("dst", o.getOrDefault("destination", "")));
                if (prefix == null || t.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the RUN has a cache or tmpfs mount whose target contains one of {@code parts}. */
    static boolean cacheMountOn(RunScript r, String... parts) {
        for (var f : r.instruction().flags("mount")) {
            var o = f.options();
            if ("cache".equals(o.get("type")) || "tmpfs".equals(o.get("type"))) {
                String t = o.getOrDefault("target", o.getOrDefault("dst", o.getOrDefault("destination", "")));
                for (String p : parts) {
                    if (t.contains(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first command of {@code program} with subcommand {@code sub} that runs after {@code after}, or null. */
    static Command after(RunScript r, Command after, String program, String sub) {
        for (Command c : r.unwrapped()) {
            if (c.offset() > after.offset() && c.program().equals(program) && c.subcommand().equals(sub)) {
                return c;
            }
        }
        return null;
    }

    /** The script mentions {@code text} anywhere after {@code from} (same RUN, later commands). */
    static boolean laterMentions(RunScript r, Command from, String text) {
        int at = r.script().indexOf(text, from.offset());
        return at >= 0;
    }
}
