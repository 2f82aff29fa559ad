package dev.dockscope.explain;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;

/** Picks the best real example of one card on the user's machine. One small class per card; see {@link LiveFinders}. */
public interface LiveFinder {
    Concept concept();

    /** What the example would show, said when no daemon is reachable. */
    String wouldShow();

    /** False for cards whose example does not come from the daemon (the Dockerfile card). */
    default boolean needsDaemon() {
        return true;
    }

    LiveExample find(LiveContext ctx);

    /** Whether an example exists right now; finders override this when {@link #find} is costly. */
    default boolean available(LiveContext ctx) {
        return find(ctx).found();
    }
}
