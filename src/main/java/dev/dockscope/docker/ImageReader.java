package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.StartupTrace;
import dev.dockscope.analysis.Suggest;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads one image (inspect + history + the other local images' layer chains) into {@link ImageData}. */
public final class ImageReader {
    private final DaemonReader daemon;

    public ImageReader(DaemonReader daemon) {
        this.daemon = daemon;
    }

    /**
     * Inspect, history and the other local images. The list of images is read beside the image's own inspect, and
     * the other images' inspects beside its history, on a small pool: none of these requests waits for another's
     * answer, so the image's own two no longer wait for the rest (bench/README.md, "Start-up, sixth pass"). The result
     * is the same as one after the other, and so are the requests (but for the list, now read also for an image with
     * no layers, which needs no other image); a failure of the image's own inspect is reported before anything the
     * others met.
     */
    public ImageData read(String ref) {
        ExecutorService pool = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "inspect");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<JsonNode> list = pool.submit(daemon::images);
            JsonNode inspect;
            try {
                inspect = daemon.imageInspect(ref);
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    throw notFound(ref);
                }
                throw e;
            }
            StartupTrace.mark("image inspect");
            ImageDetails d = ImageRecords.details(inspect);
            List<Future<JsonNode>> inspects = d.diffIds().isEmpty() ? List.of() : inspectOthers(pool, get(list), d.id());
            List<ImageData.HistoryEntry> history = ImageRecords.history(daemon.imageHistory(d.id()));
            StartupTrace.mark("image history");
            List<ImageData.LocalImage> others = others(inspects, d.diffIds());
            return new ImageData(Sanitizer.line(ref), d.id(), d.repoTags(), d.repoDigests(), d.created(), d.os(),
                    d.architecture(), d.variant(), d.size(), d.diffIds(), d.config(), history, others, d.platforms(),
                    null);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The inspects of the listed images other than {@code id}, started on {@code pool}, in list order. */
    private List<Future<JsonNode>> inspectOthers(ExecutorService pool, JsonNode images, String id) {
        List<Future<JsonNode>> futures = new ArrayList<>();
        for (JsonNode img : images) {
            String otherId = img.path("Id").asText();
            if (!otherId.equals(id)) {
                futures.add(pool.submit(() -> inspectOrNull(otherId)));
            }
        }
        return futures;
    }

    /** Local images that share at least the first layer of {@code diffIds}, with their chains. */
    private List<ImageData.LocalImage> others(List<Future<JsonNode>> inspects, List<String> diffIds) {
        List<ImageData.LocalImage> out = new ArrayList<>();
        for (Future<JsonNode> f : inspects) {
            JsonNode other = get(f);
            if (other == null) {
                continue; // removed meanwhile
            }
            List<String> layers = DaemonModels.strings(other.path("RootFS").path("Layers"));
            if (layers.isEmpty() || !layers.get(0).equals(diffIds.get(0))) {
                continue;
            }
            out.add(new ImageData.LocalImage(other.path("Id").asText(), displayName(other), layers, -1));
        }
        // the longest strict prefix is the likely base: fetch its history length for the base/own boundary. Several
        // images can hold that prefix (one that adds only metadata, e.g. a CMD, has its base's layers): the plainer
        // one, with the shorter history, then the name, wins, whatever order the daemon listed them in
        int longest = 0;
        for (ImageData.LocalImage o : out) {
            if (strictPrefix(o.diffIds(), diffIds)) {
                longest = Math.max(longest, o.diffIds().size());
            }
        }
        ImageData.LocalImage best = null;
        for (ImageData.LocalImage o : out) {
            if (longest > 0 && o.diffIds().size() == longest && strictPrefix(o.diffIds(), diffIds)) {
                ImageData.LocalImage sized = new ImageData.LocalImage(o.id(), o.name(), o.diffIds(),
                        daemon.imageHistory(o.id()).size());
                if (best == null || sized.historyLength() < best.historyLength()
                        || sized.historyLength() == best.historyLength() && sized.name().compareTo(best.name()) < 0) {
                    best = sized;
                }
            }
        }
        if (best != null) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id().equals(best.id())) {
                    out.set(i, best);
                }
            }
        }
        return out;
    }

    private static boolean strictPrefix(List<String> part, List<String> whole) {
        return part.size() < whole.size() && whole.subList(0, part.size()).equals(part);
    }

    private JsonNode inspectOrNull(String id) {
        try {
            return daemon.imageInspect(id);
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private static JsonNode get(Future<JsonNode> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String displayName(JsonNode inspect) {
        for (JsonNode t : inspect.path("RepoTags")) {
            if (!t.asText().equals("<none>:<none>")) {
                return Sanitizer.line(t.asText());
            }
        }
        return shortId(inspect.path("Id").asText());
    }

    public static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    static List<String> platforms(JsonNode inspect) {
        return ImageRecords.platforms(inspect);
    }

    private DockscopeException notFound(String ref) {
        List<String> names = new ArrayList<>();
        for (JsonNode img : daemon.images()) {
            for (JsonNode t : img.path("RepoTags")) {
                if (!t.asText().equals("<none>:<none>")) {
                    names.add(Sanitizer.line(t.asText()));
                }
            }
        }
        DockscopeException container = containerNamed(ref);
        if (container != null) {
            return container;
        }
        List<String> close = Suggest.closest(ref, names, 3);
        String hint = close.isEmpty()
                ? (names.isEmpty() ? "There are no tagged images on this daemon." : "List local images with `docker image ls`.")
                : "Did you mean: " + String.join(", ", close) + "?";
        return new DockscopeException(ExitCode.NOT_FOUND, "no image \"" + Sanitizer.line(ref) + "\" on the daemon at "
                + daemon.endpoint().host() + ".", hint);
    }

    /** {@code image NAME} where NAME is a container (a common slip): say so and name the image it runs. */
    private DockscopeException containerNamed(String ref) {
        for (JsonNode c : daemon.containers(true)) {
            boolean named = false;
            for (JsonNode n : c.path("Names")) {
                named |= n.asText().equals("/" + ref) || n.asText().equals(ref);
            }
            String id = c.path("Id").asText();
            named |= ref.length() >= 4 && ref.matches("[0-9a-f]+") && id.startsWith(ref);
            if (named) {
                String image = Sanitizer.line(c.path("Image").asText());
                return new DockscopeException(ExitCode.NOT_FOUND, "no image \"" + Sanitizer.line(ref) + "\" on the daemon at "
                        + daemon.endpoint().host() + ", but a container has that name: it runs the image " + image + ".",
                        "Explain the container with `dockscope container " + Sanitizer.line(ref) + "`, or its image with "
                                + "`dockscope image " + image + "`.");
            }
        }
        return null;
    }
}
