package dev.dockscope.render.lint;

import dev.dockscope.lint.LintReport;
import dev.dockscope.render.text.Palette;

/** Renders a whole lint report in one format. */
public interface LintRenderer {
    String render(LintReport report, Palette palette, int width);
}
