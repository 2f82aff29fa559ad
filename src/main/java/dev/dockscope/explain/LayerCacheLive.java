package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.instruction;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.text.Plural;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The largest image, its layer stack and its biggest layer with the instruction that made it. */
final class LayerCacheLive implements LiveFinder {
    private static final int STACK_SHOWN = 8;

    @Override
    public Concept concept() {
        return Concept.LAYER_CACHE;
    }

    @Override
    public String wouldShow() {
        return "your largest image, its layer stack, and its biggest layer with the instruction that made it.";
    }

    @Override
    public boolean available(LiveContext ctx) {
        return !ctx.images().isEmpty();
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        List<ImageSummary> images = new ArrayList<>(ctx.images());
        if (images.isEmpty()) {
            b.none("There are no images on this daemon yet.");
            b.note("Build one (docker build -t demo .) and look again to see its layers.");
            return b.build();
        }
        images.sort(Comparator.comparingLong((ImageSummary i) -> -i.size()).thenComparing(ImageSummary::id));
        ImageSummary pick = images.get(0);
        String name = LiveSupport.imageName(pick);
        // oldest first: number layers from the bottom
        List<ImageData.HistoryEntry> bottomUp = ctx.imageHistory(pick.id());
        List<Map<String, Object>> layers = new ArrayList<>();
        int biggest = -1;
        long biggestSize = -1;
        int fileLayers = 0;
        for (int i = 0; i < bottomUp.size(); i++) {
            ImageData.HistoryEntry h = bottomUp.get(i);
            long size = h.size();
            String instr = instruction(h.createdBy());
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("position", i + 1);
            layer.put("size", size);
            layer.put("instruction", instr);
            layers.add(layer);
            if (size > 0) {
                fileLayers++;
            }
            if (size > biggestSize) {
                biggestSize = size;
                biggest = i;
            }
        }
        b.headline("Your largest image is " + name + " (" + bytes(pick.size()) + "), built in "
                + Plural.of(bottomUp.size(), "step") + "; " + fileLayers + " of them changed files.");
        if (biggest >= 0) {
            b.fact("biggest layer", "step " + (biggest + 1) + " of " + bottomUp.size() + ", " + bytes(biggestSize));
            b.fact(1, "made by", String.valueOf(layers.get(biggest).get("instruction")));
        }
        b.fact("stack", "newest on top" + (bottomUp.size() > STACK_SHOWN ? " (top " + STACK_SHOWN + " shown)" : ""));
        for (int i = bottomUp.size() - 1; i >= Math.max(0, bottomUp.size() - STACK_SHOWN); i--) {
            Map<String, Object> l = layers.get(i);
            long size = (Long) l.get("size");
            b.fact(1, (i + 1) + ". " + (size > 0 ? bytes(size) : "0 B"), String.valueOf(l.get("instruction")));
        }
        if (biggest >= 0 && biggest < bottomUp.size() - 1) {
            b.note("If the input of step " + (biggest + 1) + " changes, it and the "
                    + Plural.of(bottomUp.size() - 1 - biggest, "step") + " above it rebuild; the steps below it come from the cache.");
        }
        b.note("Steps of 0 B only changed the config (ENV, CMD, LABEL...); they add no files.");
        b.raw("image", name);
        b.raw("id", pick.id());
        b.raw("size", pick.size());
        b.raw("biggestLayer", biggest >= 0 ? layers.get(biggest) : null);
        b.raw("layers", layers);
        return b.build();
    }
}
