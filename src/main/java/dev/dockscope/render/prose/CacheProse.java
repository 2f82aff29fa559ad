package dev.dockscope.render.prose;

import dev.dockscope.analysis.Bytes;
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
import dev.dockscope.model.text.Plural;
import java.util.stream.Collectors;

/**
 * The cache story in words: what each finding found (worded "likely" when it rests on the history alone) and the
 * fix. History findings name sizes for humans; findings measured in the layer files give the exact bytes too.
 */
public final class CacheProse {
    private CacheProse() {
    }

    public static String message(Message m) {
        if (m instanceof Largest f) {
            StringBuilder b = new StringBuilder("the largest layers: ");
            for (int i = 0; i < f.layers().size(); i++) {
                Share s = f.layers().get(i);
                b.append(i == 0 ? "" : "; ").append('#').append(s.layer()).append(' ')
                        .append(quoted(s.instruction())).append(" = ").append(Bytes.human(s.bytes())).append(" (")
                        .append(s.percent()).append("%)");
            }
            return b.toString();
        }
        if (m instanceof ContextBeforeInstall f) {
            return "#" + f.copy() + " " + quoted(f.instruction()) + (f.sure() ? " copies" : " likely copies")
                    + " the build context into the working directory before #" + f.install() + " runs the "
                    + f.ecosystem() + " install: every source edit invalidates the cache and re-runs the install ("
                    + Bytes.human(f.installBytes()) + " rebuilt each time)"
                    + (f.sure() ? "" : "; the history records a directory, not which one");
        }
        if (m instanceof AptUpdateAlone f) {
            return "#" + f.update() + " runs apt-get update alone and #" + f.install() + " installs later: the cached "
                    + "update layer is reused for months while the install asks for package versions it no longer "
                    + "lists";
        }
        if (m instanceof CacheLeft f) {
            return "#" + f.layer() + " likely leaves the " + name(f.cache()) + " (" + f.path() + ") in the image "
                    + "(part of its " + Bytes.human(f.layerBytes()) + "; --files measures it)";
        }
        if (m instanceof CacheStored f) {
            return "#" + f.layer() + " stores " + exact(f.bytes()) + " under " + f.path() + " that the image ships";
        }
        if (m instanceof DeletedLater f) {
            return "#" + f.remover() + " removes " + f.path() + ", which #" + f.adder() + " ("
                    + quoted(f.instruction()) + ") likely added: the bytes stay in #" + f.adder() + " (up to "
                    + Bytes.human(f.adderBytes()) + ") and still ship with the image";
        }
        if (m instanceof Rewritten f) {
            return "#" + f.layer() + " " + f.command() + "s " + f.target() + " after #" + f.copy() + " copied it: the "
                    + "changed files are likely stored again in #" + f.layer() + " (up to " + Bytes.human(f.bytes())
                    + ")";
        }
        if (m instanceof Toolchain f) {
            return "build tools (" + String.join(", ", f.names()) + ") are likely installed in the image that runs: "
                    + "they add up to " + Bytes.human(f.bytes()) + " and attack surface the app does not need at run "
                    + "time";
        }
        if (m instanceof FilesDeleted f) {
            return "#" + f.layer() + " deletes " + Plural.of(f.files(), "file") + " that #" + f.owner() + " added: "
                    + exact(f.bytes()) + " stay stored in #" + f.owner() + " and ship with the image";
        }
        if (m instanceof FilesStoredTwice f) {
            return "#" + f.layer() + " writes " + Plural.of(f.files(), "file") + " of #" + f.owner() + " again with "
                    + "the same content (owner or mode changed, or copied again): " + exact(f.bytes())
                    + " are stored twice";
        }
        SmallGrouped f = (SmallGrouped) m;
        return Plural.of(f.files(), "more file", "more files") + " in layers "
                + f.layers().stream().map(i -> "#" + i).collect(Collectors.joining(", ")) + ", each group under "
                + Bytes.human(f.under()) + ": " + exact(f.bytes()) + " in all";
    }

    public static String fix(Fix f) {
        return switch (f.kind()) {
            case LARGEST_FIRST -> "start with these: `dockscope image --files` shows what each one added";
            case MANIFESTS_FIRST -> "copy only " + f.manifests() + " first, run the install, then copy the rest";
            case APT_IN_ONE_RUN -> "run `apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*` in "
                    + "one RUN";
            case CACHE -> cacheFix(f.cache()) + ", or use `RUN --mount=type=cache` so the cache never enters a layer";
            case DELETE_IN_SAME_RUN -> "delete in the same RUN that created the files, or build them in another stage "
                    + "and COPY --from only what is needed";
            case OWNER_IN_COPY -> "give the owner and mode in the COPY itself: COPY --chown=user:group --chmod=… ";
            case OWNER_IN_COPY_FILES -> "set owner and mode in the COPY itself (COPY --chown=… --chmod=…), or change "
                    + "them in the RUN that creates the files";
            case MULTI_STAGE -> "build in a `FROM … AS build` stage and COPY --from=build only the artefacts into a "
                    + "slim runtime stage";
        };
    }

    /** What a package cache is called. */
    public static String name(CacheKind c) {
        return switch (c) {
            case APT_LISTS -> "apt package lists";
            case APK -> "apk cache";
            case PIP -> "pip cache";
            case NPM -> "npm cache";
            case YARN -> "yarn cache";
        };
    }

    private static String cacheFix(CacheKind c) {
        return switch (c) {
            case APT_LISTS -> "end the RUN that runs apt-get update with `rm -rf /var/lib/apt/lists/*` (a later RUN "
                    + "cannot take the bytes back)";
            case APK -> "use `apk add --no-cache`";
            case PIP -> "add `--no-cache-dir`";
            case NPM -> "add `&& npm cache clean --force` to the same RUN";
            case YARN -> "add `&& yarn cache clean` to the same RUN";
        };
    }

    /** Human bytes with the exact count when they differ ({@code 120 kB (120000 B)}, {@code 177 B}). */
    static String exact(long bytes) {
        String h = Bytes.human(bytes);
        return h.equals(bytes + " B") ? h : h + " (" + bytes + " B)";
    }

    /**
     * An instruction quoted in a finding: whole, so the JSON message says what the text does (the text renderer wraps
     * it to the terminal); only a very long one (a RUN of many lines) is cut, at a space.
     */
    public static String quoted(String s) {
        if (s.length() <= 160) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 159);
        return s.substring(0, cut > 80 ? cut : 159) + " …";
    }
}
