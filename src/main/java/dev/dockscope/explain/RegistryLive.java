package dev.dockscope.explain;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.text.Plural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The repo digests of local images, grouped by the registry host their names point at. */
final class RegistryLive implements LiveFinder {
    private static final int EXAMPLES_PER_HOST = 3;

    @Override
    public Concept concept() {
        return Concept.REGISTRY;
    }

    @Override
    public String wouldShow() {
        return "which registries your images came from (by their repo digests) and the daemon's registry settings.";
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Map<String, List<String>> byHost = new TreeMap<>();
        int images = 0;
        int withoutDigest = 0;
        for (ImageSummary image : LiveSupport.imagesNewestFirst(ctx)) {
            images++;
            List<String> digests = image.repoDigests().stream()
                    .filter(d -> d.contains("@") && !d.startsWith("<none>")).toList();
            if (digests.isEmpty()) {
                withoutDigest++;
            }
            for (String d : digests) {
                byHost.computeIfAbsent(host(d.substring(0, d.indexOf('@'))), h -> new ArrayList<>()).add(d);
            }
        }
        DaemonInfo info = ctx.info();
        List<String> mirrors = info.registryMirrors();
        List<String> insecure = info.insecureRegistries();
        if (byHost.isEmpty()) {
            b.none(images == 0 ? "There are no images on this daemon yet."
                    : "None of your " + Plural.of(images, "image") + " has a repo digest: they were built or loaded here, "
                            + "never pulled from or pushed to a registry.");
            b.note("After docker pull NAME, docker image ls --digests shows the digest it came with.");
        } else {
            int total = byHost.values().stream().mapToInt(List::size).sum();
            b.headline(Plural.of(total, "repo digest") + " on " + Plural.of(images, "image") + ", from "
                    + Plural.of(byHost.size(), "registry", "registries") + ".");
            byHost.forEach((host, list) -> {
                b.fact(host, list.size() + " digest" + (list.size() == 1 ? "" : "s"));
                list.stream().limit(EXAMPLES_PER_HOST).forEach(d -> b.fact(1, "", shortDigest(d)));
            });
            if (withoutDigest > 0) {
                b.fact("local only", withoutDigest + " image" + (withoutDigest == 1 ? "" : "s")
                        + " without a digest (built or loaded here)");
            }
            b.note("A name without a registry host means Docker Hub (docker.io).");
        }
        b.fact("index", info.indexServerAddress().isEmpty() ? "?" : info.indexServerAddress());
        b.fact("mirrors", mirrors.isEmpty() ? "none" : String.join(", ", mirrors));
        b.fact("insecure", insecure.isEmpty() ? "none" : String.join(", ", insecure));
        Map<String, Object> grouped = new LinkedHashMap<>(byHost);
        b.raw("digestsByRegistry", grouped);
        b.raw("imagesWithoutDigest", withoutDigest);
        b.raw("indexServerAddress", info.indexServerAddress());
        b.raw("mirrors", mirrors);
        b.raw("insecureRegistryCidrs", insecure);
        return b.build();
    }

    /** The registry host a repository name points at; no host means Docker Hub. */
    static String host(String repository) {
        int slash = repository.indexOf('/');
        if (slash > 0) {
            String first = repository.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return first;
            }
        }
        return "docker.io";
    }

    /** {@code name@sha256:0123456789ab…} cut to the first 12 hex digits. */
    static String shortDigest(String d) {
        int at = d.indexOf("@sha256:");
        return at >= 0 && d.length() > at + 8 + 12 ? d.substring(0, at + 8 + 12) + "..." : d;
    }
}
