package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.analysis.HistoryInstruction;
import dev.dockscope.docker.ImageReader;
import dev.dockscope.lint.LintRun;
import dev.dockscope.lint.RebuildPlan;
import dev.dockscope.model.Redaction;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.render.lint.TextLintRenderer;
import java.util.ArrayList;
import java.util.List;

/** What rebuilds when files change: shared by {@code lint --changed} and {@code cache}. */
final class Rebuilds {
    private Rebuilds() {
    }

    static ExitCode show(Session s, LintRun.Input in, List<String> changed, String imageRef, boolean json) {
        RebuildPlan plan = RebuildPlan.of(in, changed);
        if (imageRef != null) {
            ImageData data = new ImageReader(s.daemon()).read(imageRef);
            List<RebuildPlan.HistoryStep> history = new ArrayList<>();
            for (ImageData.HistoryEntry h : data.history()) {
                HistoryInstruction hi = HistoryInstruction.parse(h.createdBy(), h.comment());
                history.add(new RebuildPlan.HistoryStep(hi.keyword(),
                        Redaction.line(hi.text()), h.size()));
            }
            plan = plan.withImage(in, imageRef, history, data.size());
        }
        if (s.json() || json) {
            s.printJson(plan);
        } else {
            s.print(TextLintRenderer.renderRebuild(plan, s.palette(), s.width()));
        }
        return ExitCode.OK;
    }
}
