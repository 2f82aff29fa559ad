package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule sees: the parsed file, the build context folder (null for stdin), the config, and shared lazily
 * computed views (RUN scripts, the {@code .dockerignore}).
 */
public final class LintContext {
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*", "./.", "/");

    private final Dockerfile df;
    private final Path dockerfile;
    private final Path context;
    private final Config config;
    private List<RunScript> runs;
    private final Map<Instruction, RunScript> byInstruction = new IdentityHashMap<>();
    private DockerIgnore ignore;
    private boolean ignoreLoaded;

    public LintContext(Dockerfile df, Path dockerfile, Path context, Config config) {
        this.df = df;
        this.dockerfile = dockerfile;
        this.context = context;
        this.config = config == null ? Config.EMPTY : config;
    }

    public Dockerfile df() {
        return df;
    }

    /** The build context folder (the Dockerfile's folder), or null when reading stdin. */
    public Path context() {
        return context;
    }

    public Config config() {
        return config;
    }

    /** Every top-level RUN's script, in file order. */
    public List<RunScript> runs() {
        if (runs == null) {
            List<RunScript> out = new ArrayList<>();
            for (Instruction i : df.instructions()) {
                if (i.is("RUN")) {
                    out.add(run(i));
                }
            }
            runs = List.copyOf(out);
        }
        return runs;
    }

    public RunScript run(Instruction i) {
        return byInstruction.computeIfAbsent(i, RunScript::of);
    }

    /** The {@code .dockerignore} that applies, or null (none, or no context folder). */
    public DockerIgnore dockerIgnore() {
        if (!ignoreLoaded) {
            ignoreLoaded = true;
            ignore = context == null || dockerfile == null ? null : DockerIgnore.find(dockerfile, context);
        }
        return ignore;
    }

    /** COPY or ADD from the build context (not {@code --from}, not a here-document). */
    public static boolean fromContext(Instruction i) {
        return (i.is("COPY") || i.is("ADD")) && i.flag("from") == null;
    }

    /** COPY/ADD of the whole build context ({@code COPY . .}, {@code ADD ./ /app}). */
    public static boolean copiesWholeContext(Instruction i) {
        if (!fromContext(i)) {
            return false;
        }
        for (String s : i.sources()) {
            if (WHOLE_CONTEXT.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
