package dev.dockscope.render.lint;


/** The renderer for each {@link LintFormat}. */
public final class LintRenderers {
    private LintRenderers() {
    }

    public static LintRenderer forFormat(LintFormat format) {
        return switch (format) {
            case text -> new TextLintRenderer();
            case json -> new JsonLintRenderer();
            case sarif -> new SarifLintRenderer();
            case checkstyle -> new CheckstyleLintRenderer();
            case junit -> new JunitLintRenderer();
            case gitlab -> new GitlabLintRenderer();
            case markdown -> new MarkdownLintRenderer();
        };
    }
}
