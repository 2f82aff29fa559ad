package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed} advice: only real dependency installs move, only manifests that exist, counts for the change. */
class RebuildPlanReorderTest {
    @TempDir
    Path ctx;

    private RebuildPlan plan(String dockerfile, String changed, String... files) throws IOException {
        Path df = ctx.resolve("Dockerfile");
        Files.writeString(df, dockerfile);
        for (String f : files) {
            Path p = ctx.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x\n");
        }
        return RebuildPlan.of(new LintRun.Input(df.toString(), dockerfile, df), List.of(ctx.resolve(changed)
                .toString()));
    }

    @Test
    void wellOrderedGoBuildIsNotMoved() throws IOException {
        RebuildPlan p = plan(String.join("\n", "FROM golang:1.23", "WORKDIR /src", "COPY go.mod go.sum ./",
                "RUN go mod download", "COPY . .", "RUN go build -o /app .", ""), "main.go", "go.mod", "go.sum",
                "main.go");
        assertNull(p.reorder(), String.valueOf(p.reorder()));
    }

    @Test
    void goBuildStaysAfterTheSourcesAndOnlyExistingManifestsAreNamed() throws IOException {
        RebuildPlan p = plan(String.join("\n", "FROM golang:1.23", "WORKDIR /src", "COPY . .",
                "RUN go build -o /app .", ""), "main.go", "go.mod", "main.go");
        assertNotNull(p.reorder());
        List<String> order = p.reorder().order();
        assertTrue(order.contains("COPY go.mod ./"), order.toString());
        assertFalse(order.toString().contains("go.sum"), order.toString());
        assertTrue(order.indexOf("RUN go mod download") < order.indexOf("COPY . ."), order.toString());
        assertTrue(order.indexOf("RUN go build -o /app .") > order.indexOf("COPY . ."), order.toString());
    }

    @Test
    void npmManifestsAreAGlobWhenThereIsNoLockFile() throws IOException {
        RebuildPlan p = plan(String.join("\n", "FROM node:20", "WORKDIR /app", "COPY . .", "RUN npm ci",
                "RUN npm run build", ""), "src/app.js", "package.json", "src/app.js");
        List<String> order = p.reorder().order();
        assertTrue(order.contains("COPY package*.json ./"), order.toString());
        assertFalse(order.toString().contains("package-lock.json"), order.toString());
    }

    @Test
    void rebuiltCountDependsOnTheChangedFile() throws IOException {
        String df = String.join("\n", "FROM node:20", "WORKDIR /app", "COPY . .", "RUN npm ci",
                "RUN npm run build", "");
        RebuildPlan source = plan(df, "src/app.js", "package.json", "src/app.js");
        // WORKDIR, COPY package*.json, RUN npm ci stay cached: COPY . . and the build rerun
        assertEquals(2, source.reorder().rebuiltSteps(), source.reorder().toString());
        RebuildPlan manifest = plan(df, "package.json", "package.json", "src/app.js");
        // the manifest copy, the install, COPY . . and the build
        assertEquals(4, manifest.reorder().rebuiltSteps(), manifest.reorder().toString());
    }
}
