package dev.dockscope.model.image;

import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.LayerFiles;
import dev.dockscope.model.image.CacheFacts.Fix;
import dev.dockscope.model.image.CacheFacts.Message;
import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.model.image.ImageFacts.HealthcheckFact;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageFacts.OriginFact;
import dev.dockscope.model.image.ImageFacts.Pid1Fact;
import java.util.List;
import java.util.Map;

/**
 * {@code dockscope image REF}: the one model that both the text and the JSON output render. Sizes in bytes,
 * durations in nanoseconds, timestamps ISO-8601 UTC.
 */
public record ImageExplanation(String ref, String id, List<String> repoTags, List<String> repoDigests,
                               Origin origin, String created, String os, String architecture, String variant,
                               List<String> platforms, long size, int layerCount, int historyCount,
                               List<Layer> layers, Base base, Config config, List<Finding> findings,
                               List<Note> notes, List<String> concepts) {

    /** Where the image came from, derived from digests and history. */
    public record Origin(String kind, List<String> registries, OriginFact explanation) {
    }

    /**
     * One history entry in build order. {@code empty}: metadata only, no filesystem layer ({@code diffId} null).
     * {@code sharedWith}: other local images that have this very layer (same chain below it) on disk.
     * {@code files}: what the layer did to the filesystem, with {@code --files} (else null).
     */
    public record Layer(int index, String createdBy, String instruction, String keyword, long size, boolean empty,
                        String diffId, String created, String comment, boolean base, List<String> sharedWith,
                        LayerFiles files) {
    }

    /** A copy whose filesystem layers carry the per-layer file changes of {@code files} (matched in order). */
    public ImageExplanation withFiles(FilesReport files) {
        List<Layer> out = new java.util.ArrayList<>();
        int k = 0;
        for (Layer l : layers) {
            LayerFiles f = null;
            if (!l.empty() && k < files.layers().size()) {
                f = files.layers().get(k++);
            }
            out.add(new Layer(l.index(), l.createdBy(), l.instruction(), l.keyword(), l.size(), l.empty(), l.diffId(),
                    l.created(), l.comment(), l.base(), l.sharedWith(), f));
        }
        List<String> allConcepts = new java.util.ArrayList<>(concepts);
        for (String c : files.concepts()) {
            if (!allConcepts.contains(c)) {
                allConcepts.add(c);
            }
        }
        return new ImageExplanation(ref, id, repoTags, repoDigests, origin, created, os, architecture, variant,
                platforms, size, layerCount, historyCount, List.copyOf(out), base, config, findings, notes,
                List.copyOf(allConcepts));
    }

    /** Where the base image ends: the last history index that belongs to it, and how that was found. */
    public record Base(int lastIndex, String image, BaseFact method) {
    }

    public record Config(List<String> entrypoint, List<String> cmd, String form, String pid1, Pid1Fact pid1Note,
                         String user, boolean runsAsRoot, String workingDir, List<EnvVar> env,
                         List<String> exposedPorts, List<String> volumes, Map<String, String> labels,
                         Healthcheck healthcheck, String stopSignal) {
    }

    public record EnvVar(String name, String value, boolean redacted) {
    }

    /** {@code kind}: none, disabled, cmd or shell. Durations with Docker's defaults applied. */
    public record Healthcheck(String kind, List<String> test, long interval, long timeout, long startPeriod,
                              int retries, HealthcheckFact explanation) {
    }

    /**
     * A cache-story point: which layers (history numbering, as in the stack), how many bytes are at stake, the fix,
     * the card it teaches, what it rests on ({@code evidence}: "history", a reading of the instruction text, so a
     * guess; "files", measured in the layer contents with {@code --files}, exact bytes) and the paths it is about.
     */
    public record Finding(String id, String severity, String title, List<Integer> layers, long bytes, Message message,
                          Fix fix, String concept, String evidence, List<String> paths) {
        public static final String HISTORY = "history";
        public static final String FILES = "files";
    }

    /** A copy with other cache-story findings (after measuring them in the layer files). */
    public ImageExplanation withFindings(List<Finding> replaced) {
        return new ImageExplanation(ref, id, repoTags, repoDigests, origin, created, os, architecture, variant,
                platforms, size, layerCount, historyCount, layers, base, config, List.copyOf(replaced), notes,
                concepts);
    }
}
