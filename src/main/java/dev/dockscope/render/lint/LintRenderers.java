package dev.dockscope.render.lint;

/** The renderer for each {@link LintFormat}. (Filled in by the lint-output work.) */
public final class LintRenderers {
    private LintRenderers() {
    }

    public static LintRenderer forFormat(LintFormat format) {
        throw new UnsupportedOperationException("lint format " + format + " is not implemented yet");
    }
}
