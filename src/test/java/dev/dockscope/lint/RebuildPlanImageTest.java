package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildPlanImageTest {
    private static final String DOCKERFILE = String.join("\n",
            "FROM busybox:1",
            "WORKDIR /app",
            "COPY package.json .",
            "RUN npm ci",
            "COPY . .",
            "RUN npm run build",
            "CMD [\"node\", \"dist/main.js\"]", "");

    private static RebuildPlan.HistoryStep h(String kw, long size) {
        return new RebuildPlan.HistoryStep(kw, kw + " …", size);
    }

    private final LintRun.Input in = new LintRun.Input("Dockerfile", DOCKERFILE, null);

    @Test
    void bytesOfTheRebuiltLayersAreSummedFromTheMatchingHistory() {
        List<RebuildPlan.HistoryStep> history = List.of(h("COPY", 2_000_000), h("CMD", 0), // the base image
                h("WORKDIR", 0), h("COPY", 120), h("RUN", 40_000_000), h("COPY", 9_000), h("RUN", 3_000_000), h("CMD", 0));
        RebuildPlan plan = RebuildPlan.of(in, List.of("src/main.ts")).withImage(in, "app:1", history, 45_009_120);
        assertEquals(List.of(5, 6, 7), plan.invalidated().stream().map(RebuildPlan.Step::line).toList());
        assertEquals(9_000 + 3_000_000, plan.image().rebuiltBytes());
        assertEquals(6, plan.image().matchedSteps());
        assertEquals(6, plan.image().finalStageSteps());
        assertNull(plan.image().note());
    }

    @Test
    void labelAddedByTheBuildIsSkipped() {
        List<RebuildPlan.HistoryStep> history = List.of(h("WORKDIR", 0), h("COPY", 120), h("RUN", 40_000_000),
                h("COPY", 9_000), h("RUN", 3_000_000), h("CMD", 0), h("LABEL", 0));
        RebuildPlan plan = RebuildPlan.of(in, List.of("package.json")).withImage(in, "app:1", history, 1);
        assertEquals(120 + 40_000_000 + 9_000 + 3_000_000, plan.image().rebuiltBytes());
        assertTrue(plan.image().note().contains("skipped"), plan.image().note());
    }

    @Test
    void anUnrelatedImageIsSaidToBeOne() {
        List<RebuildPlan.HistoryStep> history = List.of(h("ENV", 0), h("EXPOSE", 0));
        RebuildPlan plan = RebuildPlan.of(in, List.of("src/a.ts")).withImage(in, "other:1", history, 1);
        assertTrue(plan.image().note().contains("is the image built from this Dockerfile?"), plan.image().note());
    }
}
