package dev.dockscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.image.ImageExplanation.Finding;
import dev.dockscope.model.image.ImageExplanation.Layer;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.render.prose.CacheProse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImageExplainerTest {
    private final ImageExplanation img = ImageExplainer.explain(ImageFixtures.nodeApp(), false, true);

    private Map<String, Finding> findings() {
        return img.findings().stream().collect(Collectors.toMap(Finding::id, f -> f, (a, b) -> a));
    }

    @Test
    void nonEmptyLayersMapOneToOneOntoRootfsInOrder() {
        List<String> mapped = img.layers().stream().filter(l -> !l.empty()).map(Layer::diffId).toList();
        assertEquals(ImageFixtures.nodeApp().diffIds(), mapped);
        img.layers().stream().filter(Layer::empty).forEach(l -> assertNull(l.diffId()));
    }

    @Test
    void layerSizesSumToTheImageSize() {
        assertEquals(img.size(), img.layers().stream().mapToLong(Layer::size).sum());
        assertTrue(img.notes().isEmpty(), img.notes().toString());
    }

    @Test
    void zeroByteRunStillCountsAsALayer() {
        Layer rm = img.layers().get(10);
        assertEquals("RUN rm -rf /opt/big.bin", rm.instruction());
        assertEquals(false, rm.empty());
    }

    @Test
    void baseEndsWhereTheLocalBaseImagesHistoryEnds() {
        assertEquals(3, img.base().lastIndex());
        assertEquals("busybox:1", img.base().image());
        assertTrue(img.layers().get(2).base());
        assertEquals(false, img.layers().get(3).base());
    }

    @Test
    void sharingFollowsTheChainNotTheLayerAlone() {
        assertEquals(List.of("busybox:1", "other-app:2"), img.layers().get(0).sharedWith());
        assertEquals(List.of("other-app:2"), img.layers().get(3).sharedWith());
        assertEquals(List.of(), img.layers().get(8).sharedWith());
    }

    @Test
    void contextCopyBeforeNpmInstallIsFlaggedWithTheInstallBytes() {
        Finding f = findings().get("IMG101");
        assertEquals(List.of(8, 9), f.layers());
        assertEquals(45_000_000, f.bytes());
        assertTrue(CacheProse.fix(f.fix()).contains("package.json package-lock.json"), CacheProse.fix(f.fix()));
    }

    @Test
    void aptUpdateAloneIsFlagged() {
        assertEquals(List.of(4, 5), findings().get("IMG102").layers());
    }

    @Test
    void aptListsAndNpmCacheLeftAreFlagged() {
        List<Finding> caches = img.findings().stream().filter(f -> f.id().equals("IMG201")).toList();
        assertEquals(List.of(List.of(4), List.of(9)), caches.stream().map(Finding::layers).toList());
    }

    @Test
    void deletionInALaterLayerIsFlaggedWithTheBytesThatStay() {
        Finding f = findings().get("IMG202");
        assertEquals(List.of(10, 11), f.layers());
        assertEquals(2_000_000, f.bytes());
    }

    @Test
    void findingMessagesQuoteTheInstructionWholeNotCutToATextWidth() {
        // the JSON carries the model's message: cutting belongs to the text renderer (issue 15, case 14)
        String m = CacheProse.message(findings().get("IMG202").message());
        assertTrue(m.contains("head -c 2000000 /dev/urandom > /opt/big.bin"), m);
        assertTrue(!m.contains("…"), m);
        String unbroken = CacheProse.quoted("RUN a " + "b".repeat(200));
        assertEquals(161, unbroken.length(), unbroken);
        assertTrue(unbroken.endsWith("b …"), unbroken);
        String words = CacheProse.quoted("RUN " + "word ".repeat(60));
        assertTrue(words.endsWith("word …") && words.length() <= 161, words);
    }

    @Test
    void toolchainInTheFinalImageSuggestsMultiStage() {
        Finding f = findings().get("IMG203");
        assertEquals(List.of(5), f.layers());
        assertEquals("multi-stage", f.concept());
    }

    @Test
    void largestLayersComeFirst() {
        assertEquals(List.of(5, 9, 4), findings().get("IMG001").layers());
    }

    @Test
    void secretsAreRedactedUnlessAsked() {
        assertEquals("<redacted>", img.config().env().get(1).value());
        assertTrue(img.config().env().get(1).redacted());
        ImageExplanation shown = ImageExplainer.explain(ImageFixtures.nodeApp(), true, true);
        assertEquals("hunter2", shown.config().env().get(1).value());
    }

    @Test
    void secretsInHistoryLinesAreRedactedToo() {
        Layer env = img.layers().get(6);
        assertEquals("ENV API_TOKEN=<redacted> NODE_ENV=production", env.instruction());
        assertTrue(env.createdBy().contains("API_TOKEN=<redacted>"), env.createdBy());
        assertTrue(ImageExplainer.explain(ImageFixtures.nodeApp(), true, true).layers().get(6).instruction()
                .contains("hunter2"));
    }

    @Test
    void shellFormCmdMakesTheShellPid1() {
        assertEquals("shell", img.config().form());
        assertEquals("/bin/sh", img.config().pid1());
        assertTrue(img.config().runsAsRoot());
    }

    @Test
    void healthcheckDefaultsAreApplied() {
        ImageExplanation.Healthcheck hc = img.config().healthcheck();
        assertEquals("shell", hc.kind());
        assertEquals(5_000_000_000L, hc.interval());
        assertEquals(30_000_000_000L, hc.timeout());
        assertEquals(3, hc.retries());
    }

    @Test
    void locallyBuiltImageHasLocalOrigin() {
        assertEquals("local", img.origin().kind());
    }

    @Test
    void registryOfAReference() {
        assertEquals("docker.io", ImageExplainer.registryOf("library/nginx@sha256:abc"));
        assertEquals("ghcr.io", ImageExplainer.registryOf("ghcr.io/acme/app@sha256:abc"));
        assertEquals("localhost:5000", ImageExplainer.registryOf("localhost:5000/app@sha256:abc"));
    }

    @Test
    void noCacheStoryMeansNoFindings() {
        assertTrue(ImageExplainer.explain(ImageFixtures.nodeApp(), false, false).findings().isEmpty());
    }
}
