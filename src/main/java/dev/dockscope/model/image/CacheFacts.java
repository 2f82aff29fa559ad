package dev.dockscope.model.image;

import dev.dockscope.model.Fact;
import java.util.List;

/**
 * What a cache-story finding found and how to fix it, as the layers (history numbering, as in the stack), paths,
 * names and bytes it rests on; render/prose words them. A message's {@code instruction} is the layer's cleaned
 * instruction text, whole.
 */
public final class CacheFacts {
    private CacheFacts() {
    }

    /** A finding's message: one record per thing the cache story can find. */
    public sealed interface Message extends Fact permits Largest, ContextBeforeInstall, AptUpdateAlone, CacheLeft,
            CacheStored, DeletedLater, Rewritten, Toolchain, FilesDeleted, FilesStoredTwice, SmallGrouped {
    }

    /** One of the largest layers: its size and its share of the image ({@code percent}, rounded). */
    public record Share(int layer, String instruction, long bytes, long percent) {
    }

    /** IMG001: the largest layers, largest first. */
    public record Largest(List<Share> layers) implements Message {
    }

    /**
     * IMG101: {@code copy} copies the build context ({@code sure} false when the history records only "a
     * directory") before {@code install} runs the {@code ecosystem}'s install, {@code installBytes} rebuilt each time.
     */
    public record ContextBeforeInstall(int copy, String instruction, boolean sure, int install, String ecosystem,
                                       long installBytes) implements Message {
    }

    /** IMG102: {@code update} runs apt-get update alone, {@code install} installs later. */
    public record AptUpdateAlone(int update, int install) implements Message {
    }

    /** IMG201 from the history: {@code layer} likely leaves {@code cache} (an id of {@link CacheKind}) under path. */
    public record CacheLeft(int layer, CacheKind cache, String path, long layerBytes) implements Message {
    }

    /** IMG201 measured: {@code layer} stores {@code bytes} under {@code path}. */
    public record CacheStored(int layer, long bytes, String path) implements Message {
    }

    /** IMG202 from the history: {@code remover} removes {@code path}, which {@code adder} likely added. */
    public record DeletedLater(int remover, String path, int adder, String instruction, long adderBytes)
            implements Message {
    }

    /** IMG204 from the history: {@code layer}'s {@code command} (chown or chmod) rewrites what {@code copy} put there. */
    public record Rewritten(int layer, String command, String target, int copy, long bytes) implements Message {
    }

    /** IMG203: build tools by {@code names}, {@code bytes} in the layers that install them. */
    public record Toolchain(List<String> names, long bytes) implements Message {
    }

    /** IMG202 measured: {@code layer} deletes {@code files} files of {@code owner}, {@code bytes} still stored. */
    public record FilesDeleted(int layer, long files, int owner, long bytes) implements Message {
    }

    /** IMG204 measured: {@code layer} writes {@code files} files of {@code owner} again, {@code bytes} twice. */
    public record FilesStoredTwice(int layer, long files, int owner, long bytes) implements Message {
    }

    /** IMG202/IMG204 measured, grouped: {@code files} more files in {@code layers}, each group under {@code under}. */
    public record SmallGrouped(long files, List<Integer> layers, long under, long bytes) implements Message {
    }

    /** The package caches the story knows, with the path each leaves behind. */
    public enum CacheKind { APT_LISTS, APK, PIP, NPM, YARN }

    /**
     * A finding's fix. MANIFESTS_FIRST names the {@code manifests} to copy first; CACHE the {@code cache} to avoid.
     * The _FILES kinds are the advice when the layer files, not the history, showed the problem.
     */
    public record Fix(Kind kind, String manifests, CacheKind cache) implements Fact {
        public enum Kind {
            LARGEST_FIRST, MANIFESTS_FIRST, APT_IN_ONE_RUN, CACHE, DELETE_IN_SAME_RUN, OWNER_IN_COPY,
            OWNER_IN_COPY_FILES, MULTI_STAGE
        }

        public static Fix of(Kind kind) {
            return new Fix(kind, null, null);
        }
    }
}
