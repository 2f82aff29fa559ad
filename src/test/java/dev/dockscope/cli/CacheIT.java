package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockscope cache --image}: the bytes of layers an edit rebuilds, on an image built from the Dockerfile. */
@ExtendWith(DaemonExtension.class)
class CacheIT {
    @Test
    void bytesRebuiltAreTheLayersAfterTheChangedCopy(@TempDir Path ctx) throws Exception {
        Files.writeString(ctx.resolve("Dockerfile"), String.join("\n",
                "FROM " + TestDaemon.BASE,
                "RUN mkdir -p /deps && head -c 300000 /dev/zero > /deps/blob",
                "COPY app.txt /app/app.txt",
                "RUN head -c 40000 /dev/zero > /app/built",
                "CMD [\"cat\", \"/app/app.txt\"]", ""));
        Files.writeString(ctx.resolve("app.txt"), "0123456789");
        String tag = TestDaemon.buildContext(TestDaemon.name("cache") + ":1", ctx);
        Cli.Result r = Cli.create().run("cache", ctx.resolve("Dockerfile").toString(), "--changed",
                ctx.resolve("app.txt").toString(), "--image", tag, "-o", "json");
        r.assertExit(0);
        JsonNode plan = Json.MAPPER.readTree(r.out());
        assertEquals(3, plan.get("rebuiltSteps").asInt(), r.describe());
        assertEquals(10 + 40_000, plan.at("/image/rebuiltBytes").asLong(), r.describe());
        assertEquals(4, plan.at("/image/matchedSteps").asInt(), r.describe());
        assertEquals("/app/app.txt", plan.at("/invalidated/0/instruction").asText().replace("COPY app.txt ", ""),
                r.describe());
        Cli.Result text = Cli.create().run("lint", ctx.resolve("Dockerfile").toString(), "--changed",
                ctx.resolve("app.txt").toString(), "--image", tag, "--color", "never");
        text.assertExit(0);
        assertTrue(text.out().contains("40.0 kB of layers in " + tag), text.describe());
    }
}
