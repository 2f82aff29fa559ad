package dev.dockscope.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeReportTest {
    private static Service service(boolean healthcheck) {
        return new Service("web", "web:1", false, 1, List.of(), List.of(), List.of(), List.of(), healthcheck, List.of(),
                "");
    }

    private static Project project(boolean running, Service... services) {
        return new Project("p", ComposeReport.Source.FILES, "", List.of(), List.of(services), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), running);
    }

    @Test
    void aProjectNamesTheCardsOfThePartsItHas() {
        assertEquals(List.of("compose"), project(false, service(false)).concepts());
        assertEquals(List.of("compose", "container", "health-check"), project(true, service(true)).concepts());
    }
}
