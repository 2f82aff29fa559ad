package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DS101: the whole build context is copied before the dependency install, so every source edit re-installs. */
public final class DS101CopyAllBeforeInstall implements Rule {
    static final RuleMeta META = new RuleMeta("DS101", Severity.WARNING,
            "Sources copied before the dependency install", Family.CACHE, Concept.LAYER_CACHE,
            "A layer is reused only while every instruction before it and every file it copies are unchanged. "
                    + "COPY . . brings in all sources, so after any edit the install below it runs again from "
                    + "scratch, often the slowest step of the build. Copying only the manifest and lock files first "
                    + "lets the install stay cached until the dependencies themselves change.",
            "Copy the manifest and lock files first, run the install, then copy the rest of the sources.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            if (!ctx.feedsFinal(stage)) {
                continue;
            }
            // the stage's own build, and what its ONBUILD lines do in every child build (a sequence of their own)
            // (of its own instructions only these keywords matter to the check below)
            List<Instruction> own = ctx.instructions(stage, "WORKDIR", "COPY", "ADD", "RUN");
            List<Instruction> onbuild = new ArrayList<>();
            for (Instruction i : ctx.instructions(stage, "ONBUILD")) {
                if (i.onbuild() != null) {
                    onbuild.add(i.onbuild());
                }
            }
            if (!own.isEmpty()) { // (an empty sequence has nothing to report)
                check(ctx, report, own);
            }
            if (!onbuild.isEmpty()) {
                check(ctx, report, onbuild);
            }
        }
    }

    /** Folder names copied into the working directory that are configuration or tooling, not sources. */
    private static final Set<String> NOT_SOURCES = Set.of("config", "conf", "etc", "scripts", "script", "bin",
            "docker", "certs", "patches", "ci", "build-bin", "tools", "hack", ".yarn", ".cargo", ".mvn", "gradle",
            "requirements", "deploy");

    private static void check(LintContext ctx, Reporter report, List<Instruction> instructions) {
        Instruction sources = null;
        List<String> before = new ArrayList<>();
        Set<Ecosystem> fetched = EnumSet.noneOf(Ecosystem.class);
        boolean placeholder = false;
        String workdir = "/";
        List<Instruction> folders = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is("WORKDIR")) {
                workdir = absolute(workdir, i.body().trim());
                continue;
            }
            if (sources == null && LintContext.copiesSources(i)) {
                sources = i;
                continue;
            }
            if (sources == null && LintContext.fromContext(i)) {
                before.addAll(i.sources());
                if (folderCopy(i)) {
                    folders.add(i);
                }
                continue;
            }
            if (!i.is("RUN")) {
                continue;
            }
            RunScript s = ctx.run(i);
            for (Command c : s.unwrapped()) {
                if (c.program().equals("cargo") && (c.subcommand().equals("new") || c.subcommand().equals("init"))) {
                    placeholder = true; // a dummy project: the next cargo build only fetches and builds the deps
                }
                Ecosystem e = Ecosystem.installOf(c);
                if (e == null) {
                    continue;
                }
                boolean depOnly = Ecosystem.dependencyOnly(c, s.script())
                        || e == Ecosystem.CARGO && placeholder && c.subcommand().equals("build");
                Instruction src = sources;
                if (src == null) {
                    // a source folder copied into the folder the install runs in (COPY ./web /w, WORKDIR /w)
                    for (Instruction f : folders) {
                        if (absolute(workdirAt(instructions, f), f.destination()).equals(workdir)) {
                            src = f;
                        }
                    }
                }
                if (src == null) {
                    if (depOnly) {
                        fetched.add(e);
                    }
                    continue;
                }
                if (fetched.contains(e)) {
                    continue;
                }
                List<String> first = src == sources ? before.stream().filter(e::isManifestSource).toList() : List.of();
                report(ctx, report, src, i, c, e, first);
                return;
            }
        }
    }

    /** A COPY of one context folder (not a file, not a manifest, not configuration or tooling). */
    private static boolean folderCopy(Instruction i) {
        if (i.sources().size() != 1 || i.destination() == null || i.destination().equals("/")) {
            return false;
        }
        String p = i.sources().get(0);
        p = p.startsWith("./") ? p.substring(2) : p;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        String base = p.substring(p.lastIndexOf('/') + 1);
        return !base.isEmpty() && !base.contains(".") && !base.contains("*") && !base.contains("$")
                && !NOT_SOURCES.contains(base.toLowerCase(Locale.ROOT))
                && Arrays.stream(Ecosystem.values()).noneMatch(e -> e.isManifestSource(base));
    }

    /** The WORKDIR in effect at instruction {@code at}. */
    private static String workdirAt(List<Instruction> instructions, Instruction at) {
        String w = "/";
        for (Instruction i : instructions) {
            if (i == at) {
                break;
            }
            if (i.is("WORKDIR")) {
                w = absolute(w, i.body().trim());
            }
        }
        return w;
    }

    /** {@code path} resolved against {@code dir}, without a trailing slash. */
    private static String absolute(String dir, String path) {
        String p = path.startsWith("\"") && path.endsWith("\"") && path.length() > 1
                ? path.substring(1, path.length() - 1) : path;
        String out = p.startsWith("/") ? p : (dir.endsWith("/") ? dir : dir + "/") + (p.equals(".") || p.equals("./")
                ? "" : p.startsWith("./") ? p.substring(2) : p);
        while (out.length() > 1 && out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static void report(LintContext ctx, Reporter report, Instruction sources, Instruction run, Command c,
                               Ecosystem e, List<String> manifestsFirst) {
        List<String> files = new ArrayList<>(ctx.context() == null ? e.manifests() : existing(ctx, e));
        String prefetch = e.prefetch();
        if (e == Ecosystem.PIP) {
            for (int k = 0; k < c.args().size() - 1; k++) {
                if (c.args().get(k).equals("-r") || c.args().get(k).equals("--requirement")) {
                    files = List.of(c.args().get(k + 1));
                    prefetch = "pip install -r " + c.args().get(k + 1);
                }
            }
        }
        String cmd = String.join(" ", c.words().stream().map(w -> w.text()).toList());
        String what = LintContext.copiesWholeContext(sources) ? "every source file" : "the source tree "
                + String.join(" ", sources.sources());
        String copy = sources.written() + " " + sources.body();
        if (!manifestsFirst.isEmpty()) {
            report.report(sources.pos(), String.join(" ", manifestsFirst) + " is copied first, but nothing installs "
                    + "the " + e.id() + " dependencies before " + copy + " brings " + what + ": the " + cmd
                    + " on line " + run.line() + " downloads them again after any edit",
                    "Run " + prefetch + " right after copying " + String.join(" ", manifestsFirst)
                            + ", before " + copy + ", so source edits keep the dependencies cached.");
            return;
        }
        report.report(sources.pos(), copy + " copies " + what + " before the " + e.id() + " install on line "
                + run.line() + " (" + cmd + "): any edit re-runs the install",
                "Copy " + String.join(" ", files) + " first: COPY " + String.join(" ", files) + " ./ then RUN "
                        + prefetch + ", and only then " + copy + " so source edits keep the install cached.");
    }

    /** The ecosystem's manifests that exist in the build context (a glob kept as written); all when none do. */
    private static List<String> existing(LintContext ctx, Ecosystem e) {
        List<String> out = new ArrayList<>();
        for (String m : e.manifests()) {
            if (m.contains("*") || java.nio.file.Files.exists(ctx.context().resolve(m))) {
                out.add(m);
            }
        }
        return out.isEmpty() ? e.manifests() : out;
    }
}
