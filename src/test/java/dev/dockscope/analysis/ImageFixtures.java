package dev.dockscope.analysis;

import dev.dockscope.model.image.ImageData.HistoryEntry;
import dev.dockscope.model.image.ImageData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built image data for pure tests: a node app on a small base, built with the legacy builder. */
public final class ImageFixtures {
    private ImageFixtures() {
    }

    static HistoryEntry h(String createdBy, long size) {
        return new HistoryEntry("2026-11-20T10:00:00Z", createdBy, size, "", List.of(), null);
    }

    public static ImageData nodeApp() {
        List<HistoryEntry> history = List.of(
                h("/bin/sh -c #(nop) COPY file:73e2b2d4aaaaaaaa in /bin/busybox ", 2_000_000),
                h("/bin/busybox --install -s /bin", 3_200),
                h("/bin/sh -c #(nop)  CMD [\"sh\"]", 0),
                h("/bin/sh -c apt-get update", 18_000_000),
                h("/bin/sh -c apt-get install -y build-essential", 150_000_000),
                h("/bin/sh -c #(nop) WORKDIR /app", 0),
                h("/bin/sh -c #(nop)  ENV API_TOKEN=hunter2 NODE_ENV=production", 0),
                h("/bin/sh -c #(nop) COPY dir:e2455395bbbbbbbb in /app ", 12_000),
                h("/bin/sh -c npm ci", 45_000_000),
                h("/bin/sh -c head -c 2000000 /dev/urandom > /opt/big.bin", 2_000_000),
                h("/bin/sh -c rm -rf /opt/big.bin", 0),
                h("/bin/sh -c #(nop)  EXPOSE 8080", 0),
                h("/bin/sh -c #(nop)  CMD [\"/bin/sh\" \"-c\" \"node src/index.js\"]", 0));
        List<String> diffIds = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            diffIds.add("sha256:" + String.valueOf(i).repeat(64));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.source", "https://example.com/app");
        ImageData.RawConfig config = new ImageData.RawConfig(null, List.of("/bin/sh", "-c", "node src/index.js"), null,
                null, "/app", List.of("PATH=/usr/bin:/bin", "API_TOKEN=hunter2", "NODE_ENV=production"),
                List.of("8080/tcp"), List.of(), labels, List.of("CMD-SHELL", "wget -q -O- http://localhost:8080/"),
                5_000_000_000L, 0, 0, 0, null);
        long size = history.stream().mapToLong(HistoryEntry::size).sum();
        List<ImageData.LocalImage> others = List.of(
                new ImageData.LocalImage("sha256:base", "busybox:1", diffIds.subList(0, 2), 3),
                new ImageData.LocalImage("sha256:other", "other-app:2", diffIds.subList(0, 4), -1));
        return new ImageData("node-app:1", "sha256:" + "ab".repeat(32), List.of("node-app:1"), List.of(),
                "2026-11-20T10:00:00Z", "linux", "amd64", null, size, diffIds, config, history, others, List.of(), null);
    }
}
