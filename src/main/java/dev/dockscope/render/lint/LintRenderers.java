package dev.dockscope.render.lint;

import dev.dockscope.DockscopeException;
import dev.dockscope.cli.ExitCode;

/** The renderer for each {@link LintFormat}. */
public final class LintRenderers {
    private LintRenderers() {
    }

    public static LintRenderer forFormat(LintFormat format) {
        return switch (format) {
            case text -> new TextLintRenderer();
            case json -> new JsonLintRenderer();
            default -> throw new DockscopeException(ExitCode.USAGE, "format " + format + " not available yet");
        };
    }
}
