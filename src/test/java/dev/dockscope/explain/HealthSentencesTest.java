package dev.dockscope.explain;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of explanation {@code dockscope health NAME} gives, in the JSON where it is a documented field. The
 * golden was written before the words moved from explain/ to render/prose, so it holds the words the user saw then.
 */
class HealthSentencesTest {
    private static ContainerDetails.Health health(String status, int streak) {
        return new ContainerDetails.Health(status, streak, List.of());
    }

    @Test
    void explanationsInJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("disabled", HealthExplainer.unchecked(true));
        m.put("none", HealthExplainer.unchecked(false));
        m.put("healthy", HealthExplainer.explanation(health("healthy", 0), 3, 30_000_000_000L, 30_000_000_000L, 0,
                true));
        m.put("unhealthyOneRetryStopped", HealthExplainer.explanation(health("unhealthy", 4), 1, 1_500_000_000L,
                500_000_000L, 0, false));
        m.put("startingWithFailuresAndStartPeriod", HealthExplainer.explanation(health("starting", 2), 5,
                90_000_000_000L, 2_000_000_000L, 60_000_000_000L, true));
        m.put("startingNoFailures", HealthExplainer.explanation(health("starting", 0), 2, 1_000_000_000L,
                1_000_000_000L, 1_000_000_000L, true));
        m.put("otherStatus", HealthExplainer.explanation(health("none", 0), 3, 30_000_000_000L, 30_000_000_000L, 0,
                true));
        Golden.assertMatches(getClass(), "explanations.json", Json.write(m) + "\n");
    }
}
