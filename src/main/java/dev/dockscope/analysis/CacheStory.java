package dev.dockscope.analysis;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.image.ImageExplanation.Finding;
import dev.dockscope.model.image.ImageExplanation.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user wants to know about an image's layers from its history alone: where the bytes are, which edits re-run
 * expensive steps, what was left or deleted too late, and which toolchains ship to production.
 */
public final class CacheStory {
    /** An ecosystem's dependency install and the manifest files to copy before it. */
    record Ecosystem(String name, Pattern install, String manifests) {
    }

    static final List<Ecosystem> ECOSYSTEMS = List.of(
            new Ecosystem("npm", Pattern.compile("\\bnpm\\s+(ci|install|i)\\b"), "package.json package-lock.json"),
            new Ecosystem("yarn", Pattern.compile("\\byarn(\\s+install)?(\\s|$|&|;)"), "package.json yarn.lock"),
            new Ecosystem("pnpm", Pattern.compile("\\bpnpm\\s+(install|i)\\b"), "package.json pnpm-lock.yaml"),
            new Ecosystem("bun", Pattern.compile("\\bbun\\s+install\\b"), "package.json bun.lockb"),
            new Ecosystem("pip", Pattern.compile("\\bpip3?\\s+install\\b"), "requirements.txt"),
            new Ecosystem("poetry", Pattern.compile("\\bpoetry\\s+install\\b"), "pyproject.toml poetry.lock"),
            new Ecosystem("pipenv", Pattern.compile("\\bpipenv\\s+(install|sync)\\b"), "Pipfile Pipfile.lock"),
            new Ecosystem("uv", Pattern.compile("\\buv\\s+(sync|pip\\s+install)\\b"), "pyproject.toml uv.lock"),
            new Ecosystem("go", Pattern.compile("\\bgo\\s+(mod\\s+download|build|install)\\b"), "go.mod go.sum"),
            new Ecosystem("maven", Pattern.compile("\\b(mvn|mvnw)\\s"), "pom.xml"),
            new Ecosystem("gradle", Pattern.compile("\\b(gradle|gradlew)\\s"), "build.gradle settings.gradle"),
            new Ecosystem("cargo", Pattern.compile("\\bcargo\\s+(build|fetch|install)\\b"), "Cargo.toml Cargo.lock"),
            new Ecosystem("bundler", Pattern.compile("\\bbundle\\s+install\\b"), "Gemfile Gemfile.lock"),
            new Ecosystem("composer", Pattern.compile("\\bcomposer\\s+install\\b"), "composer.json composer.lock"),
            new Ecosystem("dotnet", Pattern.compile("\\bdotnet\\s+restore\\b"), "*.csproj (or *.sln)"),
            new Ecosystem("mix", Pattern.compile("\\bmix\\s+deps\\.get\\b"), "mix.exs mix.lock"),
            new Ecosystem("gem", Pattern.compile("\\bgem\\s+install\\b"), "Gemfile Gemfile.lock"));

    private static final Pattern APT_UPDATE = Pattern.compile("\\bapt(-get)?\\s+update\\b");
    private static final Pattern APT_INSTALL = Pattern.compile("\\bapt(-get)?\\s+(-\\S+\\s+)*install\\b");
    private static final Pattern TOOLCHAIN = Pattern.compile(
            "\\b(build-essential|gcc|g\\+\\+|clang|golang(-go)?|openjdk-\\d+-jdk|default-jdk|maven|gradle|rustc|"
                    + "python3?-dev|musl-dev|libc6?-dev|make|cmake)\\b");
    private static final Pattern INSTALL_CMD = Pattern.compile("\\b(apt(-get)?\\s+(-\\S+\\s+)*install|apk\\s+add|"
            + "yum\\s+install|dnf\\s+install)\\b");
    private static final Pattern REMOVE = Pattern.compile("\\brm\\s+(-[a-zA-Z]+\\s+)*([^\\s;&|]+)");

    private CacheStory() {
    }

    public static List<Finding> of(List<Layer> layers, long totalSize) {
        List<Finding> out = new ArrayList<>();
        largest(layers, totalSize, out);
        contextBeforeInstall(layers, out);
        aptUpdateAlone(layers, out);
        cachesLeft(layers, out);
        deletedLater(layers, out);
        toolchains(layers, out);
        return out;
    }

    private static void largest(List<Layer> layers, long total, List<Finding> out) {
        List<Layer> big = layers.stream().filter(l -> !l.empty() && l.size() > 0)
                .sorted(Comparator.comparingLong(Layer::size).reversed()).limit(3).toList();
        if (big.isEmpty() || total <= 0) {
            return;
        }
        long sum = big.stream().mapToLong(Layer::size).sum();
        StringBuilder m = new StringBuilder();
        for (Layer l : big) {
            m.append(m.length() == 0 ? "" : "; ").append("#").append(l.index()).append(' ')
                    .append(short40(l.instruction())).append(" = ").append(Bytes.human(l.size()))
                    .append(" (").append(Math.round(100.0 * l.size() / total)).append("%)");
        }
        out.add(new Finding("IMG001", "info", "largest layers", big.stream().map(Layer::index).toList(), sum,
                "the largest layers: " + m, "start with these: `dockscope image --files` shows what each one added",
                Concept.LAYER_CACHE.slug()));
    }

    private static void contextBeforeInstall(List<Layer> layers, List<Finding> out) {
        for (int i = 0; i < layers.size(); i++) {
            Layer copy = layers.get(i);
            HistoryInstruction hi = HistoryInstruction.parse(copy.createdBy(), copy.comment());
            if (!hi.copiesContext()) {
                continue;
            }
            for (int j = i + 1; j < layers.size(); j++) {
                Layer run = layers.get(j);
                if (!run.keyword().equals("RUN")) {
                    continue;
                }
                for (Ecosystem e : ECOSYSTEMS) {
                    if (e.install().matcher(run.instruction()).find()) {
                        out.add(new Finding("IMG101", "warning", "whole context copied before the dependency install",
                                List.of(copy.index(), run.index()), run.size(),
                                "#" + copy.index() + " " + short40(copy.instruction()) + " copies the build context before #"
                                        + run.index() + " runs the " + e.name() + " install: every source edit "
                                        + "invalidates the cache and re-runs the install (" + Bytes.human(run.size())
                                        + " rebuilt each time)",
                                "copy only " + e.manifests() + " first, run the install, then copy the rest",
                                Concept.LAYER_CACHE.slug()));
                        return;
                    }
                }
            }
        }
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
                    out.add(new Finding("IMG102", "warning", "apt-get update in its own layer",
                            List.of(l.index(), install.index()), l.size(),
                            "#" + l.index() + " runs apt-get update alone and #" + install.index() + " installs later: "
                                    + "the cached update layer is reused for months while the install asks for "
                                    + "package versions it no longer lists",
                            "run `apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*` in one RUN",
                            Concept.DOCKERFILE.slug()));
                    return;
                }
            }
        }
    }

    private static void cachesLeft(List<Layer> layers, List<Finding> out) {
        for (Layer l : layers) {
            if (!l.keyword().equals("RUN")) {
                continue;
            }
            String cmd = l.instruction();
            List<String> left = new ArrayList<>();
            if (APT_INSTALL.matcher(cmd).find() && !cmd.contains("/var/lib/apt/lists")) {
                left.add("apt package lists (/var/lib/apt/lists)");
            }
            if (cmd.matches("(?s).*\\bapk\\s+add\\b.*") && !cmd.contains("--no-cache")) {
                left.add("apk cache (/var/cache/apk)");
            }
            if (cmd.matches("(?s).*\\bpip3?\\s+install\\b.*") && !cmd.contains("--no-cache-dir")) {
                left.add("pip cache (/root/.cache/pip)");
            }
            if (cmd.matches("(?s).*\\bnpm\\s+(ci|install|i)\\b.*") && !cmd.contains("cache clean")) {
                left.add("npm cache (/root/.npm)");
            }
            if (cmd.matches("(?s).*\\byarn(\\s+install)?\\b.*") && cmd.contains("yarn") && !cmd.contains("cache clean")
                    && !cmd.contains("npm")) {
                left.add("yarn cache");
            }
            if (!left.isEmpty()) {
                out.add(new Finding("IMG201", "warning", "package cache left in a layer", List.of(l.index()), l.size(),
                        "#" + l.index() + " leaves " + String.join(", ", left) + " in the image (part of its "
                                + Bytes.human(l.size()) + ")",
                        "clean up in the same RUN (apt: `rm -rf /var/lib/apt/lists/*`; apk: `--no-cache`; pip: "
                                + "`--no-cache-dir`; npm: `npm cache clean --force`), or use "
                                + "`RUN --mount=type=cache` so the cache never enters a layer",
                        Concept.LAYER_CACHE.slug()));
            }
        }
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
                    if (add.empty() || add.size() == 0 || !add.instruction().contains(path)
                            || add.instruction().contains("rm ") && add.instruction().contains(path + " ")) {
                        continue;
                    }
                    out.add(new Finding("IMG202", "warning", "files deleted in a later layer",
                            List.of(add.index(), del.index()), add.size(),
                            "#" + del.index() + " removes " + path + ", which #" + add.index() + " ("
                                    + short40(add.instruction()) + ") added: the bytes stay in #" + add.index()
                                    + " (up to " + Bytes.human(add.size()) + ") and still ship with the image",
                            "delete in the same RUN that created the files, or build them in another stage and "
                                    + "COPY --from only what is needed",
                            Concept.LAYER_CACHE.slug()));
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
            out.add(new Finding("IMG203", "info", "build toolchain in the final image", idx, bytes,
                    "build tools (" + String.join(", ", names) + ") are installed in the image that runs: they add "
                            + Bytes.human(bytes) + " and attack surface the app does not need at run time",
                    "build in a `FROM … AS build` stage and COPY --from=build only the artefacts into a slim runtime "
                            + "stage",
                    Concept.MULTI_STAGE.slug()));
        }
    }

    static String short40(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
