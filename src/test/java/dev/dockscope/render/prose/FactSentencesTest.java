package dev.dockscope.render.prose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.analysis.CacheStory;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.ImageFixtures;
import dev.dockscope.analysis.ci.CiGate;
import dev.dockscope.analysis.ci.CiRule;
import dev.dockscope.analysis.ci.CiThresholds;
import dev.dockscope.analysis.container.Capabilities;
import dev.dockscope.analysis.container.HealthTimeline;
import dev.dockscope.analysis.container.Limits;
import dev.dockscope.analysis.container.Namespaces;
import dev.dockscope.analysis.container.Risks;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.analysis.files.LayerEvidence;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.docker.source.ArchiveImageData;
import dev.dockscope.docker.source.ArchiveParser;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.docker.source.ImageFixture.Layer;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.ScanLimits;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerDetails.HostConfig;
import dev.dockscope.model.container.ContainerDetails.Probe;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.Reclaimable;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageData.HistoryEntry;
import dev.dockscope.model.image.ImageData.RawConfig;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.render.ci.CiJunitWriter;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.CiGateTextRenderer;
import dev.dockscope.render.text.ImageTextRenderer;
import dev.dockscope.render.text.Palette;
import dev.dockscope.support.Golden;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of sentence the image, CI and limit analyses state, in both views: the JSON (where the sentences are
 * documented fields) and the text. The goldens were written before the sentences moved from analysis/ to render/,
 * so they hold the words the user saw then; the move must not change one of them.
 */
class FactSentencesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ImageTextRenderer.Options FULL = new ImageTextRenderer.Options(false, true, false, false);

    private static HistoryEntry h(String createdBy, long size) {
        return new HistoryEntry("2026-11-20T10:00:00Z", createdBy, size, "", List.of(), null);
    }

    /** A {@code docker import} entry: no instruction, the comment says where it came from. */
    private static HistoryEntry imported(long size) {
        return new HistoryEntry("2026-11-20T10:00:00Z", "", size, "Imported from -", List.of(), null);
    }

    private static RawConfig config(List<String> entrypoint, List<String> cmd, List<String> health, long interval,
                                    long timeout, long start, int retries) {
        return new RawConfig(entrypoint, cmd, null, "app", "/app", List.of(), List.of(), List.of(), Map.of(), health,
                interval, timeout, start, retries, null);
    }

    private static ImageData image(List<HistoryEntry> history, int layers, long size, List<String> digests,
                                   RawConfig config, List<ImageData.LocalImage> others, String archive) {
        List<String> diffIds = new ArrayList<>();
        for (int i = 1; i <= layers; i++) {
            diffIds.add("sha256:" + String.valueOf(i).repeat(64));
        }
        return new ImageData("app:1", "sha256:" + "cd".repeat(32), List.of("app:1"), digests, "2026-11-20T10:00:00Z",
                "linux", "amd64", null, size, diffIds, config, history, others, List.of(), archive);
    }

    /** One image per kind of origin, base, note, PID 1 and health check, plus cache-story findings of each id. */
    private static Map<String, ImageExplanation> images() {
        Map<String, ImageExplanation> m = new LinkedHashMap<>();
        List<HistoryEntry> built = List.of(
                h("/bin/sh -c #(nop) ADD file:aaaa in / ", 5_000_000),
                h("/bin/sh -c #(nop)  CMD [\"sh\"]", 0),
                h("/bin/sh -c apk add gcc make musl-dev", 80_000_000),
                h("/bin/sh -c pip install -r requirements.txt", 30_000_000),
                h("/bin/sh -c #(nop) COPY dir:bbbb in /srv ", 4_000_000),
                h("/bin/sh -c chown -R app /srv", 4_000_000),
                h("/bin/sh -c yarn install", 9_000_000));
        m.put("registryInferredBaseExecWithCmd", ImageExplainer.explain(image(built, 6, 132_000_000,
                List.of("ghcr.io/acme/app@sha256:" + "1".repeat(64), "app@sha256:" + "2".repeat(64)),
                config(List.of("/app/run"), List.of("--port", "80"), List.of("CMD", "/app/check", "-q"),
                        0, 2_000_000_000L, 90_000_000_000L, 1), List.of(), null), false, true));
        List<HistoryEntry> two = List.of(h("/bin/sh -c #(nop) ADD file:aaaa in / ", 1000),
                h("/bin/sh -c echo hi > /x", 10));
        m.put("archiveExec", ImageExplainer.explain(image(two, 2, 1010, List.of(),
                config(null, List.of("/bin/app"), List.of("NONE"), 0, 0, 0, 0), List.of(), "the archive app.tar"),
                false, true));
        List<HistoryEntry> imported = List.of(imported(4000));
        m.put("importedNoCommand", ImageExplainer.explain(image(imported, 1, 4000, List.of(),
                config(null, null, null, 0, 0, 0, 0), List.of(), null), false, true));
        List<HistoryEntry> importedBase = List.of(imported(4000), h("/bin/sh -c touch /a", 0),
                h("/bin/sh -c echo b > /b", 2));
        m.put("importedBaseShellEntrypointSizesDiffer", ImageExplainer.explain(image(importedBase, 3, 9999,
                List.of(), config(List.of("/bin/sh", "-c", "exec app"), List.of("x"), List.of("CMD-SHELL",
                        "wget -q -O- http://localhost/ || exit 1"), 10_000_000_000L, 0, 0, 0), List.of(), null),
                false, true));
        List<HistoryEntry> squashed = List.of(h("/bin/sh -c #(nop) ADD file:aaaa in / ", 1000),
                h("/bin/sh -c make", 2000), h("/bin/sh -c make install", 3000));
        m.put("localLayersUnmatchedShellCmd", ImageExplainer.explain(image(squashed, 2, 6000, List.of(),
                config(null, List.of("/bin/sh", "-c", "node index.js"), null, 0, 0, 0, 0),
                List.of(new ImageData.LocalImage("sha256:b", "base:1", List.of("sha256:" + "1".repeat(64)), 1)),
                null), false, true));
        m.put("nodeApp", ImageExplainer.explain(ImageFixtures.nodeApp(), false, true));
        return m;
    }

    private static ImageContents archive(List<Layer> layers) throws Exception {
        byte[] a = ImageFixture.legacy(layers, "app:1");
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(a),
                "the archive app.tar", a.length, ProgressListener.NONE);
    }

    /** Findings measured in the layer files: a cache confirmed, deletions and rewrites both large and grouped. */
    private static ImageExplanation measured() throws Exception {
        List<Layer> layers = new ArrayList<>(ImageFixture.reference());
        layers.add(new Layer("/bin/sh -c apt-get update && head -c 90000 /dev/zero > /opt/blob")
                .dir("var").dir("var/lib").dir("var/lib/apt").dir("var/lib/apt/lists")
                .file("var/lib/apt/lists/main", 70_000, 0644, (byte) 'l').dir("opt").file("opt/blob", 90_000, 0644, (byte) 'z'));
        layers.add(new Layer("/bin/sh -c rm -f /opt/blob && chmod 600 /var/lib/apt/lists/main")
                .dir("opt").whiteout("opt/blob").dir("var").dir("var/lib").dir("var/lib/apt")
                .dir("var/lib/apt/lists").file("var/lib/apt/lists/main", 70_000, 0600, (byte) 'l'));
        ImageContents c = archive(layers);
        FilesReport files = ImageFiles.analyze(c, FilesOptions.DEFAULT);
        ImageExplanation img = ImageExplainer.explain(ArchiveImageData.from(c, null), false, true);
        return img.withFiles(files).withFindings(CacheStory.measured(img.findings(), img.layers(),
                LayerEvidence.of(c)));
    }

    @Test
    void imageSentencesInJson() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>(images());
        all.put("measured", measured());
        Golden.assertMatches(getClass(), "image.json", Json.write(all) + "\n");
    }

    @Test
    void imageSentencesInText() throws Exception {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, ImageExplanation> e : images().entrySet()) {
            b.append("===== ").append(e.getKey()).append('\n')
                    .append(new ImageTextRenderer(new Palette(false, false), 80, NOW).render(e.getValue(), FULL));
        }
        b.append("===== measured\n")
                .append(new ImageTextRenderer(new Palette(false, false), 80, NOW).render(measured(), FULL));
        Golden.assertMatches(getClass(), "image.txt", b.toString());
    }

    private static FilesReport files(double efficiency, long wasted, double userRatio, long reclaimable) {
        DiveEfficiency d = new DiveEfficiency(efficiency, wasted, Double.isFinite(userRatio) ? userRatio : null, 0, 0,
                List.of(), List.of(), userRatio);
        return new FilesReport("s", "oci", List.of(), null, 1, 0, 0, efficiency, wasted, d.userWastedPercent(),
                reclaimable, d, new Reclaimable(reclaimable, reclaimable, 0, List.of(), List.of()), "x", List.of(),
                List.of(), List.of());
    }

    private static Map<String, CiReport> gates() {
        Map<String, CiReport> m = new LinkedHashMap<>();
        CiThresholds sizes = CiThresholds.defaults().with(CiRule.HIGHEST_WASTED_BYTES, "20MB", "--highest-wasted-bytes")
                .with(CiRule.HIGHEST_RECLAIMABLE_BYTES, "1.5GiB", ".dockscope.yaml");
        m.put("passAndFail", CiGate.evaluate(files(0.8, 25_000_000, 0.05, 999), sizes));
        m.put("defaultsUndefined", CiGate.evaluate(files(0.95, 0, Double.NaN, 0), CiThresholds.defaults()));
        m.put("infinite", CiGate.evaluate(files(0.95, 10, Double.POSITIVE_INFINITY, 0),
                CiThresholds.defaults().with(CiRule.LOWEST_EFFICIENCY, "off", ".dive-ci")));
        return m;
    }

    @Test
    void ciSentencesInEveryView() {
        StringBuilder b = new StringBuilder(Json.write(gates())).append('\n');
        for (Map.Entry<String, CiReport> e : gates().entrySet()) {
            b.append("===== ").append(e.getKey()).append('\n')
                    .append(new CiGateTextRenderer(new Palette(false, false), 80).render(e.getValue()))
                    .append(CiJunitWriter.render(e.getValue(), "app:1"));
        }
        Golden.assertMatches(getClass(), "ci.txt", b.toString());
    }

    private static HostConfig host(long memory, long swap, long nanoCpus, long quota, long period, long shares,
                                   String cpuset, long pids, int blkio) {
        return new HostConfig(memory, swap, 0, nanoCpus, quota, period, shares, cpuset, pids, blkio, 0, false, false,
                List.of(), List.of(), List.of(), false, List.of(), "", "", "", "", "", "", "", null, "", null,
                Map.of(), false, List.of(), Map.of(), "");
    }

    private static HostConfig modes(String pid, String net, String ipc, String uts, String userns, String cgroupns) {
        return new HostConfig(0, 0, 0, 0, 0, 0, 0, "", 0, 0, 0, false, false, List.of(), List.of(), List.of(), false,
                List.of(), pid, net, ipc, uts, userns, cgroupns, "", null, "", null, Map.of(), false, List.of(),
                Map.of(), "");
    }

    @Test
    void namespaceSentencesInJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hostish", Namespaces.of(modes("host", "", "shareable", "host", "", ""), "2", false));
        m.put("shared", Namespaces.of(modes("container:db", "container:db", "container:db", "", "host", "private"),
                "1", true));
        m.put("none", Namespaces.of(modes("", "none", "none", "", "", ""), "1", true));
        m.put("bridge", Namespaces.of(modes("", "bridge", "host", "", "", "host"), "2", false));
        m.put("netHost", Namespaces.of(modes("", "host", "private", "", "", ""), "2", false));
        Golden.assertMatches(getClass(), "namespaces.json", Json.write(m) + "\n");
    }

    /** The 20.10 inspect fixture with {@code change} applied to its HostConfig, Config and Mounts. */
    private static ContainerDetails container(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode c;
        try (InputStream in = FactSentencesTest.class.getResourceAsStream("/engine/container-inspect-20.10.json")) {
            c = (ObjectNode) Json.MAPPER.readTree(in);
        }
        change.accept(c);
        return ContainerRecords.details(c);
    }

    private static Object risks(ContainerDetails d, String seccomp) {
        ContainerDetails.HostConfig h = d.hostConfig();
        return Risks.security(d, Capabilities.effective(h.privileged(), h.capAdd(), h.capDrop()), seccomp.startsWith("unconfined"));
    }

    @Test
    void riskSentencesInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fixture", risks(container(c -> { }), "default"));
        m.put("privileged", risks(container(c -> ((ObjectNode) c.get("HostConfig")).put("Privileged", true)),
                "unconfined"));
        m.put("rootWithPowerfulCapabilities", risks(container(c -> {
            ObjectNode h = (ObjectNode) c.get("HostConfig");
            h.putArray("CapAdd").add("SYS_ADMIN").add("NET_ADMIN");
            h.putArray("CapDrop");
            h.put("PidMode", "host").put("NetworkMode", "host");
            h.putArray("Devices");
            ((ObjectNode) c.get("Config")).put("User", "");
            ((ObjectNode) c.withArray("Mounts").get(0)).put("Source", "/var/run/docker.sock")
                    .put("Destination", "/var/run/docker.sock");
        }), "unconfined"));
        Golden.assertMatches(getClass(), "risks.json", Json.write(m) + "\n");
    }

    private static Probe probe(int second, int exit) {
        return new Probe(String.format("2026-01-01T00:00:%02d.000Z", second),
                String.format("2026-01-01T00:00:%02d.250Z", second), exit, exit == 0 ? "ok" : "down");
    }

    @Test
    void healthProbeSentencesInJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startPeriodThenFailures", HealthTimeline.replay(List.of(probe(1, 1), probe(12, -1), probe(13, 2),
                probe(14, 0)), 2, 10_000_000_000L, "2026-01-01T00:00:00Z", "healthy", 0));
        m.put("oneRetry", HealthTimeline.replay(List.of(probe(1, 1)), 1, 0, "2026-01-01T00:00:00Z", "unhealthy", 1));
        Golden.assertMatches(getClass(), "health.json", Json.write(m) + "\n");
    }

    @Test
    void limitSentencesInJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("none", Limits.of(host(0, 0, 0, 0, 0, 0, "", 0, 0), null));
        m.put("all", Limits.of(host(64_000_000, -1, 1_500_000_000, 0, 0, 512, "0-1", 50, 300), null));
        m.put("quota", Limits.of(host(64_000_000, 0, 0, 50_000, 0, 0, "", -1, 0), null));
        m.put("noSwap", Limits.of(host(64_000_000, 64_000_000, 0, 0, 0, 0, "", 0, 0), null));
        m.put("someSwap", Limits.of(host(64_000_000, 100_000_000, 2_000_000_000, 0, 0, 0, "", 0, 0), null));
        m.put("summary", List.of(Limits.summary(host(64_000_000, -1, 1_500_000_000, 0, 0, 512, "0-1", 50, 300)),
                Limits.summary(host(0, 0, 0, 0, 0, 0, "", 0, 0))));
        Golden.assertMatches(getClass(), "limits.json", Json.write(m) + "\n");
    }
}
