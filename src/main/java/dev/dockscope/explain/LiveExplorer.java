package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.model.text.Sanitizer;
import java.util.List;
import java.util.Map;

/**
 * Runs the live finders against one context. The daemon is asked once whether it answers; when it does not, the
 * cards that need it say what they would have shown, and the others (the Dockerfile card) still look.
 */
public final class LiveExplorer {
    static final String POINT_AT_ONE = "Point dockscope at a daemon with --host, DOCKER_HOST or --context.";
    private final LiveContext ctx;
    private final Map<Concept, LiveFinder> finders;
    private boolean checked;
    private DockscopeException unreachable;

    public LiveExplorer(LiveContext ctx, List<LiveFinder> finders) {
        this.ctx = ctx;
        this.finders = LiveFinders.byConcept(finders);
    }

    /** Null when the daemon answers; otherwise why it does not. */
    public DockscopeException unreachable() {
        if (!checked) {
            checked = true;
            try {
                ctx.version();
            } catch (DockscopeException e) {
                unreachable = e;
            }
        }
        return unreachable;
    }

    public LiveSection section(Concept concept) {
        LiveFinder f = finders.get(concept);
        if (f.needsDaemon() && unreachable() != null) {
            return unreachableSection(unreachable, f);
        }
        try {
            return new LiveSection.Shown(f.find(ctx));
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.DAEMON_UNREACHABLE) {
                return unreachableSection(e, f);
            }
            return new LiveSection.Failed(Sanitizer.line(e.getMessage()));
        }
    }

    /** Whether the card has a live example right now; null when that cannot be known (no daemon). */
    public Boolean available(Concept concept) {
        LiveFinder f = finders.get(concept);
        if (f.needsDaemon() && unreachable() != null) {
            return null;
        }
        try {
            return f.available(ctx);
        } catch (DockscopeException e) {
            return null;
        }
    }

    private static LiveSection unreachableSection(DockscopeException e, LiveFinder f) {
        String hint = e.hint() == null ? POINT_AT_ONE : Sanitizer.line(e.hint());
        return new LiveSection.Unreachable(Sanitizer.line(e.getMessage()), hint, f.wouldShow());
    }
}
