package dev.dockscope.lint.rules;

import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.shell.Command;
import java.util.Set;

/** Shared command classifications for rules. */
final class Commands {
    private static final Set<String> RPM = Set.of("yum", "dnf", "microdnf", "zypper");

    private Commands() {
    }

    /** apt-get/apt install, apk add, yum/dnf/microdnf/zypper install. */
    static boolean systemInstall(Command c) {
        String p = c.program();
        String sub = c.subcommand();
        return (p.equals("apt-get") || p.equals("apt")) && sub.equals("install")
                || p.equals("apk") && sub.equals("add")
                || RPM.contains(p) && (sub.equals("install") || sub.equals("in"));
    }

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

    /** True when the RUN has a {@code --mount=type=cache} whose target starts with {@code prefix} (or any, if null). */
    static boolean cacheMount(RunScript r, String prefix) {
        for (var f : r.instruction().flags("mount")) {
            var o = f.options();
            if ("cache".equals(o.get("type"))) {
                String t = o.getOrDefault("target", o.getOrDefault("dst", o.getOrDefault("destination", "")));
                if (prefix == null || t.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
