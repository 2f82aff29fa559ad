package dev.dockscope.analysis;

import dev.dockscope.analysis.files.LayerEvidence;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.image.CacheFacts.AptUpdateAlone;
import dev.dockscope.model.image.CacheFacts.CacheKind;
import dev.dockscope.model.image.CacheFacts.CacheLeft;
import dev.dockscope.model.image.CacheFacts.CacheStored;
import dev.dockscope.model.image.CacheFacts.ContextBeforeInstall;
import dev.dockscope.model.image.CacheFacts.DeletedLater;
import dev.dockscope.model.image.CacheFacts.FilesDeleted;
import dev.dockscope.model.image.CacheFacts.FilesStoredTwice;
import dev.dockscope.model.image.CacheFacts.Fix;
import dev.dockscope.model.image.CacheFacts.Largest;
import dev.dockscope.model.image.CacheFacts.Message;
import dev.dockscope.model.image.CacheFacts.Rewritten;
import dev.dockscope.model.image.CacheFacts.Share;
import dev.dockscope.model.image.CacheFacts.SmallGrouped;
import dev.dockscope.model.image.CacheFacts.Toolchain;
import dev.dockscope.model.image.ImageExplanation.Finding;
import dev.dockscope.model.image.ImageExplanation.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user wants to know about an image's layers: where the bytes are, which edits re-run expensive steps, what
 * was left or deleted too late, and which toolchains ship to production. {@link #of} reads the history alone: its
 * findings rest on the instruction text ({@code evidence} "history", worded as "likely"). {@link #measured} checks
 * them against the layer files ({@code --files}): findings about files are confirmed with exact bytes or dropped,
 * and deletions and double-stored files come from the layer contents themselves ({@code evidence} "files").
 */
public final class CacheStory {
    /** An ecosystem's dependency install (the step that needs only the manifests) and the manifest files. */
    record Ecosystem(String name, Pattern install, String manifests) {
    }

    static final List<Ecosystem> ECOSYSTEMS = List.of(
            new Ecosystem("npm", Pattern.compile("\\bnpm\\s+(ci|install|i)(\\s+-\\S+)*\\s*($|&|;|\\|)"),
                    "package.json package-lock.json"),
            new Ecosystem("yarn", Pattern.compile("\\byarn(\\s+install)?(\\s+--\\S+)*\\s*($|&|;)"),
                    "package.json yarn.lock"),
            new Ecosystem("pnpm", Pattern.compile("\\bpnpm\\s+(install|i)\\b"), "package.json pnpm-lock.yaml"),
            new Ecosystem("bun", Pattern.compile("\\bbun\\s+install\\b"), "package.json bun.lockb"),
            new Ecosystem("pip", Pattern.compile("\\bpip3?\\s+install\\b.*\\s(-r|--requirement)\\s"),
                    "requirements.txt"),
            new Ecosystem("poetry", Pattern.compile("\\bpoetry\\s+install\\b"), "pyproject.toml poetry.lock"),
            new Ecosystem("pipenv", Pattern.compile("\\bpipenv\\s+(install|sync)\\b"), "Pipfile Pipfile.lock"),
            new Ecosystem("uv", Pattern.compile("\\buv\\s+(sync|pip\\s+install)\\b"), "pyproject.toml uv.lock"),
            new Ecosystem("go", Pattern.compile("\\bgo\\s+mod\\s+download\\b"), "go.mod go.sum"),
            new Ecosystem("maven", Pattern.compile("\\b(mvn|mvnw)\\s.*dependency:"), "pom.xml"),
            new Ecosystem("gradle", Pattern.compile("\\b(gradle|gradlew)\\s.*\\bdependencies\\b"),
                    "build.gradle settings.gradle"),
            new Ecosystem("cargo", Pattern.compile("\\bcargo\\s+fetch\\b"), "Cargo.toml Cargo.lock"),
            new Ecosystem("bundler", Pattern.compile("\\bbundle\\s+install\\b"), "Gemfile Gemfile.lock"),
            new Ecosystem("composer", Pattern.compile("\\bcomposer\\s+install\\b"), "composer.json composer.lock"),
            new Ecosystem("dotnet", Pattern.compile("\\bdotnet\\s+restore\\b"), "*.csproj (or *.sln)"),
            new Ecosystem("mix", Pattern.compile("\\bmix\\s+deps\\.get\\b"), "mix.exs mix.lock"));

    /** A cache a step leaves on disk: which, where, which instruction fills it, what in the same RUN prevents it. */
    record Cache(CacheKind kind, String path, Pattern fills, Pattern avoided) {
    }

    static final List<Cache> CACHES = List.of(
            new Cache(CacheKind.APT_LISTS, "/var/lib/apt/lists",
                    Pattern.compile("\\bapt(-get)?\\s+(-\\S+\\s+)*update\\b"), Pattern.compile("/var/lib/apt/lists")),
            new Cache(CacheKind.APK, "/var/cache/apk", Pattern.compile("\\bapk\\s+(add|update)\\b"),
                    Pattern.compile("--no-cache|/var/cache/apk")),
            new Cache(CacheKind.PIP, "/root/.cache/pip", Pattern.compile("\\bpip3?\\s+install\\b"),
                    Pattern.compile("--no-cache-dir|PIP_NO_CACHE_DIR|/root/.cache")),
            new Cache(CacheKind.NPM, "/root/.npm", Pattern.compile("\\bnpm\\s+(ci|install|i)\\b"),
                    Pattern.compile("cache clean|/root/.npm")),
            new Cache(CacheKind.YARN, "/usr/local/share/.cache/yarn", Pattern.compile("\\byarn(\\s+install)?\\b"),
                    Pattern.compile("cache clean|\\bnpm\\b")));

    private static final Pattern APT_UPDATE = Pattern.compile("\\bapt(-get)?\\s+update\\b");
    private static final Pattern APT_INSTALL = Pattern.compile("\\bapt(-get)?\\s+(-\\S+\\s+)*install\\b");
    private static final Pattern TOOLCHAIN = Pattern.compile(
            "\\b(build-essential|gcc|g\\+\\+|clang|golang(-go)?|openjdk-\\d+-jdk|default-jdk|maven|gradle|rustc|"
                    + "python3?-dev|musl-dev|libc6?-dev|make|cmake)\\b");
    private static final Pattern INSTALL_CMD = Pattern.compile("\\b(apt(-get)?\\s+(-\\S+\\s+)*install|apk\\s+add|"
            + "yum\\s+install|dnf\\s+install)\\b");
    private static final Pattern PURGE = Pattern.compile("\\b(apt(-get)?\\s+(-\\S+\\s+)*(purge|remove|autoremove)|"
            + "apk\\s+del|yum\\s+remove|dnf\\s+remove)\\b");
    private static final Pattern REMOVE = Pattern.compile("\\brm\\s+(-[a-zA-Z]+\\s+)*([^\\s;&|]+)");
    private static final Pattern CHOWN = Pattern.compile("\\b(chown|chmod)\\s+(-[a-zA-Z]*R[a-zA-Z]*\\s+)(\\S+\\s+)?"
            + "([^\\s;&|]+)");
    /** Deletions smaller than this are grouped into one finding. */
    static final long SMALL = 64 * 1024;

    private CacheStory() {
    }

    /** Findings from the history alone (instruction texts and layer sizes). */
    public static List<Finding> of(List<Layer> layers, long totalSize) {
        List<Finding> out = new ArrayList<>();
        largest(layers, totalSize, out);
        contextBeforeInstall(layers, out);
        aptUpdateAlone(layers, out);
        cachesLeft(layers, out);
        deletedLater(layers, out);
        rewritten(layers, out);
        toolchains(layers, out);
        return out;
    }

    private static Finding finding(String id, String severity, String title, List<Integer> layers, long bytes,
                                   Message message, Fix fix, Concept concept, List<String> paths) {
        return new Finding(id, severity, title, List.copyOf(layers), bytes, message, fix, concept.slug(),
                Finding.HISTORY, List.copyOf(paths));
    }

    private static void largest(List<Layer> layers, long total, List<Finding> out) {
        List<Layer> big = layers.stream().filter(l -> !l.empty() && l.size() > 0)
                // largest first, ties in layer order (a lambda of ours: Comparator.comparingLong's own is made at
                // run time, never in the start-up archive)
                .sorted((a, b) -> Long.compare(b.size(), a.size())).limit(3).toList();
        if (big.isEmpty() || total <= 0) {
            return;
        }
        long sum = big.stream().mapToLong(Layer::size).sum();
        List<Share> shares = big.stream().map(l -> new Share(l.index(), l.instruction(), l.size(),
                Math.round(100.0 * l.size() / total))).toList();
        out.add(finding("IMG001", "info", "largest layers", big.stream().map(Layer::index).toList(), sum,
                new Largest(shares), Fix.of(Fix.Kind.LARGEST_FIRST), Concept.LAYER_CACHE, List.of()));
    }

    /**
     * A dependency install whose nearest COPY into the working directory (or {@code .}) copies a directory, not the
     * manifest files. COPYs to other places ({@code COPY tools/ /usr/local/bin/}) do not feed the install.
     */
    private static void contextBeforeInstall(List<Layer> layers, List<Finding> out) {
        String workdir = null;
        for (int j = 0; j < layers.size(); j++) {
            Layer run = layers.get(j);
            if (run.keyword().equals("WORKDIR")) {
                String w = run.instruction().substring("WORKDIR".length()).strip();
                workdir = w.startsWith("/") || workdir == null ? w : workdir + "/" + w;
                continue;
            }
            if (!run.keyword().equals("RUN") || run.base()) {
                continue;
            }
            Ecosystem e = ECOSYSTEMS.stream().filter(x -> x.install().matcher(run.instruction()).find()).findFirst()
                    .orElse(null);
            if (e == null) {
                continue;
            }
            String wd = workdir;
            for (int i = j - 1; i >= 0; i--) {
                Layer copy = layers.get(i);
                HistoryInstruction hi = HistoryInstruction.parse(copy.createdBy(), copy.comment());
                if (copy.base() || !(copy.keyword().equals("COPY") || copy.keyword().equals("ADD"))
                        || copy.instruction().contains("--from=")) {
                    continue;
                }
                String dest = destination(copy.instruction());
                if (!intoWorkdir(dest, wd)) {
                    continue; // COPY tools/ /usr/local/bin/: not what the install reads
                }
                if (!hi.copiesContext()) {
                    break; // the manifest files were copied first
                }
                boolean sure = dest.equals(".") || dest.equals("./") || copy.instruction().matches("COPY \\.\\s.*");
                out.add(finding("IMG101", "warning", "sources copied before the dependency install",
                        List.of(copy.index(), run.index()), run.size(),
                        new ContextBeforeInstall(copy.index(), copy.instruction(), sure, run.index(), e.name(),
                                run.size()),
                        new Fix(Fix.Kind.MANIFESTS_FIRST, e.manifests(), null), Concept.LAYER_CACHE, List.of()));
                return;
            }
        }
    }

    /** The destination of a cleaned COPY/ADD line ({@code COPY a directory (…) to /app}, {@code COPY . .}). */
    static String destination(String instruction) {
        int to = instruction.lastIndexOf(" to ");
        if (instruction.contains(" (") && to > 0) {
            return instruction.substring(to + 4).strip();
        }
        String[] w = instruction.strip().split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    private static boolean intoWorkdir(String dest, String workdir) {
        if (dest.isEmpty()) {
            return false;
        }
        if (!dest.startsWith("/")) {
            return true; // relative: into the working directory
        }
        if (workdir == null) {
            return false;
        }
        String d = trim(dest);
        String w = trim(workdir);
        return d.equals(w) || d.startsWith(w + "/");
    }

    private static String trim(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static void aptUpdateAlone(List<Layer> layers, List<Finding> out) {
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            if (!l.keyword().equals("RUN") || !APT_UPDATE.matcher(l.instruction()).find()
                    || APT_INSTALL.matcher(l.instruction()).find()) {
                continue;
            }
            for (int j = i + 1; j < layers.size(); j++) {
                Layer install = layers.get(j);
                if (install.keyword().equals("RUN") && APT_INSTALL.matcher(install.instruction()).find()) {
                    out.add(finding("IMG102", "warning", "apt-get update in its own layer",
                            List.of(l.index(), install.index()), l.size(),
                            new AptUpdateAlone(l.index(), install.index()), Fix.of(Fix.Kind.APT_IN_ONE_RUN),
                            Concept.DOCKERFILE, List.of()));
                    return;
                }
            }
        }
    }

    /**
     * A cache left where the step that filled it put it: attributed to the layer whose instruction fills it (the
     * apt-get update layer for apt lists, not the install after it), unless that RUN avoids it. A later layer that
     * removes it is IMG202.
     */
    private static void cachesLeft(List<Layer> layers, List<Finding> out) {
        for (Cache c : CACHES) {
            for (int i = 0; i < layers.size(); i++) {
                Layer l = layers.get(i);
                if (!l.keyword().equals("RUN") || l.empty() || !c.fills().matcher(l.instruction()).find()
                        || c.avoided().matcher(l.instruction()).find() || removedLater(layers, i, c.path()) >= 0) {
                    continue;
                }
                out.add(finding("IMG201", "warning", "package cache left in a layer", List.of(l.index()), l.size(),
                        new CacheLeft(l.index(), c.kind(), c.path(), l.size()), new Fix(Fix.Kind.CACHE, null, c.kind()),
                        Concept.LAYER_CACHE, List.of(c.path())));
            }
        }
    }

    /** The index of the first layer after {@code i} whose RUN removes {@code path} (or a parent of it), or -1. */
    private static int removedLater(List<Layer> layers, int i, String path) {
        for (int j = i + 1; j < layers.size(); j++) {
            Layer l = layers.get(j);
            if (!l.keyword().equals("RUN")) {
                continue;
            }
            Matcher m = REMOVE.matcher(l.instruction());
            while (m.find()) {
                String p = m.group(2).replaceAll("[*/]+$", "");
                if (p.length() > 1 && (path.equals(p) || path.startsWith(p + "/"))) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static void deletedLater(List<Layer> layers, List<Finding> out) {
        for (int j = 0; j < layers.size(); j++) {
            Layer del = layers.get(j);
            if (!del.keyword().equals("RUN")) {
                continue;
            }
            Matcher m = REMOVE.matcher(del.instruction());
            while (m.find()) {
                String path = m.group(2).replaceAll("[*/]+$", "");
                if (path.length() < 2 || path.startsWith("-")) {
                    continue;
                }
                for (int i = j - 1; i >= 0; i--) {
                    Layer add = layers.get(i);
                    if (add.empty() || add.size() == 0 || !adds(add, path)) {
                        continue;
                    }
                    out.add(finding("IMG202", "warning", "files deleted in a later layer",
                            List.of(add.index(), del.index()), add.size(),
                            new DeletedLater(del.index(), path, add.index(), add.instruction(), add.size()),
                            Fix.of(Fix.Kind.DELETE_IN_SAME_RUN), Concept.LAYER_CACHE, List.of(path)));
                    break;
                }
            }
        }
    }

    /** The layer's instruction names the path, or is a step known to fill it (apt-get update fills the lists). */
    private static boolean adds(Layer add, String path) {
        String text = add.instruction();
        if (text.contains("rm ") && text.contains(path)) {
            return false; // it removes the path itself
        }
        if (text.contains(path)) {
            return true;
        }
        for (Cache c : CACHES) {
            boolean related = c.path().equals(path) || c.path().startsWith(path + "/") || path.startsWith(c.path());
            if (related && add.keyword().equals("RUN") && c.fills().matcher(text).find()
                    && !c.avoided().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** RUN chown -R / chmod -R over what an earlier COPY put there: the files are stored a second time. */
    private static void rewritten(List<Layer> layers, List<Finding> out) {
        for (int j = 0; j < layers.size(); j++) {
            Layer l = layers.get(j);
            if (!l.keyword().equals("RUN") || l.base()) {
                continue;
            }
            Matcher m = CHOWN.matcher(l.instruction());
            if (!m.find()) {
                continue;
            }
            String target = trim(m.group(4));
            for (int i = j - 1; i >= 0; i--) {
                Layer copy = layers.get(i);
                if (copy.base() || copy.empty() || !(copy.keyword().equals("COPY") || copy.keyword().equals("ADD"))) {
                    continue;
                }
                String dest = trim(destination(copy.instruction()));
                if (dest.equals(target) || dest.startsWith(target + "/") || target.equals(".")) {
                    out.add(finding("IMG204", "warning", "copied files stored again by chown/chmod",
                            List.of(copy.index(), l.index()), Math.min(copy.size(), l.size()),
                            new Rewritten(l.index(), m.group(1), m.group(4), copy.index(),
                                    Math.min(copy.size(), l.size())),
                            Fix.of(Fix.Kind.OWNER_IN_COPY), Concept.LAYER_CACHE, List.of(m.group(4))));
                    break;
                }
            }
        }
    }

    private static void toolchains(List<Layer> layers, List<Finding> out) {
        List<Integer> idx = new ArrayList<>();
        long bytes = 0;
        List<String> names = new ArrayList<>();
        for (Layer l : layers) {
            if (!l.keyword().equals("RUN") || !INSTALL_CMD.matcher(l.instruction()).find()) {
                continue;
            }
            Matcher install = INSTALL_CMD.matcher(l.instruction());
            install.find();
            Matcher purge = PURGE.matcher(l.instruction());
            if (purge.find(install.end())) {
                continue; // installed and purged in the same RUN: not in the image
            }
            Matcher m = TOOLCHAIN.matcher(l.instruction());
            boolean hit = false;
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    names.add(m.group(1));
                }
                hit = true;
            }
            if (hit) {
                idx.add(l.index());
                bytes += l.size();
            }
        }
        if (!idx.isEmpty()) {
            out.add(finding("IMG203", "info", "build toolchain in the final image", idx, bytes,
                    new Toolchain(List.copyOf(names), bytes), Fix.of(Fix.Kind.MULTI_STAGE), Concept.MULTI_STAGE,
                    List.of()));
        }
    }

    /**
     * The findings checked against the layer files: caches confirmed with the exact bytes the layer stores under
     * their path (dropped when it stores none), deletions and double-stored files taken from the layer contents
     * (grouped when small, largest first). Findings the files cannot speak to keep their history evidence.
     */
    public static List<Finding> measured(List<Finding> findings, List<Layer> layers, LayerEvidence files) {
        List<Integer> fsToHistory = new ArrayList<>();
        for (Layer l : layers) {
            if (!l.empty()) {
                fsToHistory.add(l.index());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            switch (f.id()) {
                case "IMG201" -> {
                    int fs = fsToHistory.indexOf(f.layers().get(0));
                    long bytes = files.storedUnder(fs, f.paths().get(0));
                    if (bytes > 0) {
                        out.add(new Finding(f.id(), f.severity(), f.title(), f.layers(), bytes,
                                new CacheStored(f.layers().get(0), bytes, f.paths().get(0)), f.fix(), f.concept(),
                                Finding.FILES, f.paths()));
                    }
                }
                case "IMG202", "IMG204" -> {
                    // replaced by what the layer contents show, below
                }
                default -> out.add(f);
            }
        }
        out.addAll(pairs("IMG202", "files deleted in a later layer", files.deleted(), fsToHistory, layers,
                (owner, layer, p) -> new FilesDeleted(layer, p.files(), owner, p.bytes()),
                Fix.of(Fix.Kind.DELETE_IN_SAME_RUN)));
        out.addAll(pairs("IMG204", "files stored twice", files.rewritten(), fsToHistory, layers,
                (owner, layer, p) -> new FilesStoredTwice(layer, p.files(), owner, p.bytes()),
                Fix.of(Fix.Kind.OWNER_IN_COPY_FILES)));
        return out;
    }

    private interface Describe {
        Message fact(int owner, int layer, LayerEvidence.Pair p);
    }

    private static List<Finding> pairs(String id, String title, List<LayerEvidence.Pair> pairs,
                                       List<Integer> fsToHistory, List<Layer> layers, Describe describe, Fix fix) {
        List<LayerEvidence.Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingLong(LayerEvidence.Pair::bytes).reversed());
        List<Finding> out = new ArrayList<>();
        List<Integer> smallLayers = new ArrayList<>();
        long smallBytes = 0;
        long smallFiles = 0;
        for (LayerEvidence.Pair p : sorted) {
            if (p.owner() >= fsToHistory.size() || p.layer() >= fsToHistory.size()) {
                continue;
            }
            int owner = fsToHistory.get(p.owner());
            int layer = fsToHistory.get(p.layer());
            if (p.bytes() < SMALL) {
                smallBytes += p.bytes();
                smallFiles += p.files();
                for (int x : List.of(owner, layer)) {
                    if (!smallLayers.contains(x)) {
                        smallLayers.add(x);
                    }
                }
                continue;
            }
            out.add(new Finding(id, "warning", title, List.of(owner, layer), p.bytes(), describe.fact(owner, layer, p),
                    fix, Concept.LAYER_CACHE.slug(), Finding.FILES, List.of()));
        }
        if (smallFiles > 0) {
            smallLayers.sort(Comparator.naturalOrder());
            out.add(new Finding(id, "info", title + " (small, grouped)", List.copyOf(smallLayers), smallBytes,
                    new SmallGrouped(smallFiles, List.copyOf(smallLayers), SMALL, smallBytes), fix,
                    Concept.LAYER_CACHE.slug(), Finding.FILES, List.of()));
        }
        return out;
    }
}
