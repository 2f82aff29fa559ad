package dev.dockscope.analysis;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.image.ImageData.HistoryEntry;
import dev.dockscope.model.image.ImageData.LocalImage;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageExplanation.Base;
import dev.dockscope.model.image.ImageExplanation.Layer;
import dev.dockscope.model.image.ImageExplanation.Origin;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageFacts.OriginFact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Pure: {@link ImageData} in, {@link ImageExplanation} out. */
public final class ImageExplainer {
    private ImageExplainer() {
    }

    public static ImageExplanation explain(ImageData d, boolean showSecrets, boolean cacheStory) {
        List<HistoryEntry> history = d.history();
        List<HistoryInstruction> parsed = history.stream().map(h -> HistoryInstruction.parse(h.createdBy(), h.comment()))
                .toList();
        LayerMap map = LayerMap.of(history, parsed, d.diffIds());
        Base base = base(d, parsed, map);
        List<Layer> layers = new ArrayList<>();
        int chainPos = 0;
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            boolean fs = map.filesystem()[i];
            String diffId = map.diffIds()[i];
            List<String> shared = List.of();
            if (diffId != null) {
                shared = sharedWith(d, chainPos);
                chainPos++;
            }
            String createdBy = showSecrets ? h.createdBy() : RunDefaults.redactAssignments(h.createdBy());
            String text = showSecrets ? parsed.get(i).text() : RunDefaults.redactAssignments(parsed.get(i).text());
            layers.add(new Layer(i + 1, createdBy, text, parsed.get(i).keyword(), h.size(), !fs,
                    diffId, h.created(), h.comment().isEmpty() ? null : h.comment(), base != null && i < base.lastIndex(),
                    shared, null));
        }
        List<Note> notes = new ArrayList<>();
        if (map.note() != null) {
            notes.add(map.note());
        }
        long layerSum = layers.stream().mapToLong(Layer::size).sum();
        if (layerSum != d.size() && !history.isEmpty()) {
            notes.add(new Note(Note.Kind.SIZES_DIFFER, layerSum, d.size()));
        }
        int layerCount = d.diffIds().size();
        Set<String> concepts = new LinkedHashSet<>(List.of(Concept.IMAGE.slug(), Concept.REGISTRY.slug(),
                Concept.LAYER_CACHE.slug()));
        List<ImageExplanation.Finding> findings = cacheStory ? CacheStory.of(layers, d.size()) : List.of();
        findings.forEach(f -> concepts.add(f.concept()));
        ImageExplanation.Config config = RunDefaults.explain(d.config(), showSecrets);
        concepts.addAll(List.of(Concept.CONTAINER.slug(), Concept.RUNTIME.slug(), Concept.HEALTH_CHECK.slug(),
                Concept.VOLUME.slug(), Concept.NETWORK.slug()));
        return new ImageExplanation(d.ref(), d.id(), d.repoTags(), d.repoDigests(), origin(d, parsed), d.created(),
                d.os(), d.architecture(), d.variant(), d.platforms(), d.size(), layerCount, history.size(), layers,
                base, config, findings, notes, List.copyOf(concepts));
    }

    /** Other images with the same chain up to and including layer {@code pos}: they share it on disk. */
    private static List<String> sharedWith(ImageData d, int pos) {
        List<String> out = new ArrayList<>();
        List<String> chain = d.diffIds().subList(0, pos + 1);
        for (LocalImage o : d.others()) {
            if (o.diffIds().size() > pos && o.diffIds().subList(0, pos + 1).equals(chain)) {
                out.add(o.name());
            }
        }
        out.sort(null); // by name: the daemon lists images of the same second in no fixed order
        return out;
    }

    private static Base base(ImageData d, List<HistoryInstruction> parsed, LayerMap map) {
        LocalImage best = null;
        for (LocalImage o : d.others()) {
            boolean prefix = o.diffIds().size() < d.diffIds().size()
                    && d.diffIds().subList(0, o.diffIds().size()).equals(o.diffIds());
            if (prefix && o.historyLength() > 0 && (best == null || o.diffIds().size() > best.diffIds().size())) {
                best = o;
            }
        }
        if (best != null && best.historyLength() < parsed.size()) {
            return new Base(best.historyLength(), best.name(),
                    new BaseFact(BaseFact.Kind.LOCAL_IMAGE, best.name(), null));
        }
        // fall back to the base's last CMD/ENTRYPOINT: official images end with one, and own steps follow it
        for (int i = parsed.size() - 2; i >= 0; i--) {
            String k = parsed.get(i).keyword();
            if ((k.equals("CMD") || k.equals("ENTRYPOINT")) && hasFilesystemAfter(map, i)) {
                return new Base(i + 1, null, new BaseFact(BaseFact.Kind.INFERRED, null, k));
            }
        }
        return null;
    }

    private static boolean hasFilesystemAfter(LayerMap map, int i) {
        for (int j = i + 1; j < map.filesystem().length; j++) {
            if (map.filesystem()[j]) {
                return true;
            }
        }
        return false;
    }

    private static Origin origin(ImageData d, List<HistoryInstruction> parsed) {
        if (!d.repoDigests().isEmpty()) {
            Set<String> registries = new LinkedHashSet<>();
            for (String digest : d.repoDigests()) {
                registries.add(registryOf(digest));
            }
            List<String> hosts = List.copyOf(registries);
            return new Origin("registry", hosts, new OriginFact(OriginFact.Kind.REGISTRY, hosts, null, 0));
        }
        if (d.archive() != null) {
            return new Origin("archive", List.of(), new OriginFact(OriginFact.Kind.ARCHIVE, List.of(), d.archive(), 0));
        }
        boolean imported = !parsed.isEmpty() && parsed.get(0).keyword().equals("IMPORT");
        if (imported && parsed.size() == 1) {
            return new Origin("imported", List.of(), new OriginFact(OriginFact.Kind.IMPORTED, List.of(), null, 0));
        }
        if (imported) {
            return new Origin("local", List.of(),
                    new OriginFact(OriginFact.Kind.IMPORTED_BASE, List.of(), null, parsed.size() - 1));
        }
        return new Origin("local", List.of(), new OriginFact(OriginFact.Kind.LOCAL, List.of(), null, 0));
    }

    /** The registry host of a reference; Docker Hub when the first part has no dot, colon or is not localhost. */
    public static String registryOf(String ref) {
        int slash = ref.indexOf('/');
        if (slash > 0) {
            String first = ref.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return first;
            }
        }
        return "docker.io";
    }
}
