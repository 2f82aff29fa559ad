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

    @Test
    void adviceNamesOnlyManifestsThatExistAndCountsForTheChangedFile(@TempDir Path ctx) throws Exception {
        Files.writeString(ctx.resolve("Dockerfile"), String.join("\n",
                "FROM " + TestDaemon.BASE,
                "COPY npm /usr/local/bin/npm",
                "RUN chmod +x /usr/local/bin/npm",
                "WORKDIR /app",
                "COPY . .",
                "RUN npm ci",
                "CMD [\"cat\", \"/app/src/app.js\"]", ""));
        Files.writeString(ctx.resolve("npm"), "#!/bin/sh\nmkdir -p node_modules && head -c 50000 /dev/zero > "
                + "node_modules/dep.js\n");
        Files.writeString(ctx.resolve("package.json"), "{}\n");
        Files.createDirectories(ctx.resolve("src"));
        Files.writeString(ctx.resolve("src/app.js"), "console.log(1)\n");
        String tag = TestDaemon.buildContext(TestDaemon.name("cache-npm") + ":1", ctx);
        Cli.Result src = Cli.create().run("cache", ctx.resolve("Dockerfile").toString(), "--changed",
                ctx.resolve("src/app.js").toString(), "--image", tag, "-o", "json");
        src.assertExit(0);
        JsonNode plan = Json.MAPPER.readTree(src.out());
        assertEquals(3, plan.get("rebuiltSteps").asInt(), src.describe());
        assertEquals(50_000, plan.at("/image/rebuiltBytes").asLong() - plan.at("/image/steps/0/bytes").asLong(),
                src.describe());
        String order = plan.at("/reorder/order").toString();
        assertTrue(order.contains("COPY package*.json ./"), order);
        assertTrue(!order.contains("package-lock.json"), order);
        assertEquals(2, plan.at("/reorder/rebuiltSteps").asInt(), src.describe());
        Cli.Result manifest = Cli.create().run("cache", ctx.resolve("Dockerfile").toString(), "--changed",
                ctx.resolve("package.json").toString(), "-o", "json");
        manifest.assertExit(0);
        assertEquals(4, Json.MAPPER.readTree(manifest.out()).at("/reorder/rebuiltSteps").asInt(), manifest.describe());
    }

    @Test
    void wellOrderedGoBuildGetsNoReorder(@TempDir Path ctx) throws Exception {
        Files.writeString(ctx.resolve("Dockerfile"), String.join("\n",
                "FROM " + TestDaemon.BASE,
                "COPY go /usr/local/bin/go",
                "RUN chmod +x /usr/local/bin/go",
                "WORKDIR /src",
                "COPY go.mod ./",
                "RUN go mod download",
                "COPY . .",
                "RUN go build -o /app .", ""));
        Files.writeString(ctx.resolve("go"), "#!/bin/sh\n[ \"$1\" = build ] && head -c 9000 /dev/zero > /app\n"
                + "exit 0\n");
        Files.writeString(ctx.resolve("go.mod"), "module example.com/app\n");
        Files.writeString(ctx.resolve("main.go"), "package main\n");
        String tag = TestDaemon.buildContext(TestDaemon.name("cache-go") + ":1", ctx);
        Cli.Result r = Cli.create().run("cache", ctx.resolve("Dockerfile").toString(), "--changed",
                ctx.resolve("main.go").toString(), "--image", tag, "-o", "json");
        r.assertExit(0);
        JsonNode plan = Json.MAPPER.readTree(r.out());
        assertTrue(plan.get("reorder") == null || plan.get("reorder").isNull(), r.describe());
        assertEquals(2, plan.get("rebuiltSteps").asInt(), r.describe());
        assertEquals(9_000 + Files.size(ctx.resolve("main.go")) + Files.size(ctx.resolve("Dockerfile"))
                + Files.size(ctx.resolve("go")) + Files.size(ctx.resolve("go.mod")),
                plan.at("/image/rebuiltBytes").asLong(), r.describe());
    }
}
