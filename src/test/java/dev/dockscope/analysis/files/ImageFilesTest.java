package dev.dockscope.analysis.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.source.ArchiveParser;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.ScanLimits;
import dev.dockscope.model.files.ChangeCount;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.Inefficiency;
import dev.dockscope.model.files.LayerFiles;
import dev.dockscope.model.files.LayerReclaim;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers checked against a hand computation on {@link ImageFixture#reference()} (the arithmetic is written out in
 * each test), the same for the legacy and both OCI layouts.
 */
class ImageFilesTest {

    static ImageContents read(byte[] archive) throws Exception {
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(archive),
                "the archive t.tar", archive.length, ProgressListener.NONE);
    }

    static byte[] reference(String layout) {
        return switch (layout) {
            case "legacy" -> ImageFixture.legacy(ImageFixture.reference(), "app:1");
            case "oci" -> ImageFixture.oci(ImageFixture.reference(), "app:1", true, false);
            default -> ImageFixture.oci(ImageFixture.reference(), "app:1", false, true);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "oci", "engine25"})
    void diveNumbersMatchTheHandComputation(String layout) throws Exception {
        FilesReport r = ImageFiles.analyze(read(reference(layout)), FilesOptions.DEFAULT);
        // Leaves per layer and the size dive gives them:
        //  L1: bin/ash 0, bin/bash 0, bin/sh 1000, data/a 300, data/b 200, empty 0, etc/passwd 100
        //  L2: app/big 5000, app/log 50, app/tmp 700, etc/passwd 150
        //  L3: .wh.data -> /data = the stacked dir data (0) + a (300) + b (200) = 500; app/big 5000
        //      (the opaque marker is no node; app has a child so is no leaf)
        //  L4: etc/.wh.passwd -> /etc/passwd, a file below: 0
        // cumulative: 0+0+1000+300+200+0 + passwd(100+150+0) + big(5000+5000) + 50 + 700 + data 500 = 13000
        // minimum:    0+0+1000+300+200+0 + passwd 0           + big 5000        + 50 + 700 + data 500 = 7750
        assertEquals(7750.0 / 13000.0, r.efficiency(), 0.0);
        // wasted: paths seen in 2+ layers: /app/big 10000 + /etc/passwd 250
        assertEquals(10250, r.wastedBytes());
        // layer sizes (sum of tar sizes): L1 1600, L2 5900, L3 5000, L4 0; user = 5900 + 5000 + 0 = 10900
        assertEquals(1600 + 5900 + 5000, r.dive().sizeBytes());
        assertEquals(10900, r.dive().userSizeBytes());
        assertEquals(10250.0 / 10900.0, r.userWastedPercent(), 0.0);
        assertEquals(List.of(new Inefficiency("/app/big", 2, 10000, List.of(2, 3)),
                new Inefficiency("/etc/passwd", 3, 250, List.of(1, 2, 4))), r.inefficiencies());
        assertTrue(r.dive().stops().isEmpty(), r.dive().stops().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "oci", "engine25"})
    void reclaimableBytesMatchTheHandComputation(String layout) throws Exception {
        FilesReport r = ImageFiles.analyze(read(reference(layout)), FilesOptions.DEFAULT);
        // overwritten: etc/passwd of L1 (100, by L2) + app/big of L2 (5000, by L3) = 5100
        // deleted: data/a + data/b of L1 (500, by L3's whiteout) + app/tmp + app/log of L2 (750, by L3's opaque app)
        //          + etc/passwd of L2 (150, by L4) = 1400
        assertEquals(5100, r.reclaimable().overwrittenBytes());
        assertEquals(1400, r.reclaimable().deletedBytes());
        assertEquals(6500, r.reclaimableBytes());
        // stored in L1: 100 + 500; in L2: 5000 + 750 + 150
        assertEquals(List.of(new LayerReclaim(1, 100, 500), new LayerReclaim(2, 5000, 900), new LayerReclaim(3, 0, 0),
                new LayerReclaim(4, 0, 0)), r.reclaimable().perLayer());
        // visible: bin/sh 1000, bin/bash (hard link, 0), bin/ash (symlink, 0), empty 0, app/big 5000
        assertEquals(5, r.visibleFiles());
        assertEquals(6000, r.visibleBytes());
        assertEquals("/app/big", r.reclaimable().topPaths().get(0).path());
        assertEquals(List.of(2), r.reclaimable().topPaths().get(0).storedIn());
        assertEquals(List.of(3), r.reclaimable().topPaths().get(0).hiddenBy());
    }

    @Test
    void perLayerCountsMatchTheHandComputation() throws Exception {
        List<LayerFiles> ls = ImageFiles.analyze(read(reference("legacy")), FilesOptions.DEFAULT).layers();
        // L1 adds etc/passwd 100, bin/sh 1000, bin/bash 0, bin/ash 0, data/a 300, data/b 200, empty 0
        assertEquals(new ChangeCount(7, 1600), ls.get(0).added());
        // L2 adds app/big, app/tmp, app/log (5750) and modifies etc/passwd (150); etc/ is listed again unchanged
        assertEquals(new ChangeCount(3, 5750), ls.get(1).added());
        assertEquals(new ChangeCount(1, 150), ls.get(1).modified());
        // L3 rewrites app/big (5000) and removes data/a, data/b, app/tmp, app/log (300+200+700+50)
        assertEquals(ChangeCount.NONE, ls.get(2).added());
        assertEquals(new ChangeCount(1, 5000), ls.get(2).modified());
        assertEquals(new ChangeCount(4, 1250), ls.get(2).removed());
        assertEquals(new ChangeCount(1, 150), ls.get(3).removed());
        assertEquals("RUN apt-get install -y app && touch /app/tmp", ls.get(1).createdBy());
        assertEquals("RUN rm -rf /data /app/* && chmod +x /app/big", ls.get(2).createdBy());
        assertEquals("/app/big", ls.get(1).topPaths().get(0).path());
        assertEquals(5000 + 750, ls.get(1).tree().children().get(0).addedBytes()); // /app
    }

    @Test
    void suggestionsNameTheLayersAndTheFix() throws Exception {
        FilesReport r = ImageFiles.analyze(read(reference("legacy")), FilesOptions.DEFAULT);
        // largest first: L3 rewrites app/big with the same bytes (5000) -> copy-chown; L3 deletes L2's 750 ->
        // merge-delete; L3 deletes 500 the base layer stored -> multi-stage
        assertEquals(List.of("copy-chown", "merge-delete", "multi-stage"),
                r.suggestions().stream().map(s -> s.kind()).toList());
        assertEquals(List.of("overwritten", "deleted", "deleted"),
                r.suggestions().stream().map(s -> s.cause()).toList());
        assertEquals(List.of(5000L, 750L, 500L), r.suggestions().stream().map(s -> s.bytes()).toList());
        assertEquals(List.of(2, 3), r.suggestions().get(1).layers());
        assertEquals(List.of(1, 3), r.suggestions().get(2).layers());
        assertEquals("wasteful", r.verdict());
    }

    @Test
    void hardLinkKeepsDeletedContentVisible() throws Exception {
        List<ImageFixture.Layer> layers = List.of(
                new ImageFixture.Layer("base").file("f", 400).hardlink("g", "f"),
                new ImageFixture.Layer("rm f").whiteout("f"));
        FilesReport r = ImageFiles.analyze(read(ImageFixture.legacy(layers, "h:1")), FilesOptions.DEFAULT);
        // g still shows f's 400 bytes, so nothing is reclaimable; dive: /f = 400 (L1) + 0 (whiteout of a file)
        assertEquals(0, r.reclaimableBytes());
        assertEquals(400, r.visibleBytes());
        assertEquals(400, r.wastedBytes());
        assertEquals(0.0, r.efficiency(), 0.0); // minimum 0 / cumulative 400 (g's 0 adds to both)
    }

    @Test
    void singleLayerImageHasNoUserWastedPercentLikeDivesNaN() throws Exception {
        FilesReport r = ImageFiles.analyze(read(ImageFixture.legacy(
                List.of(new ImageFixture.Layer("only").file("a", 10)), "one:1")), FilesOptions.DEFAULT);
        assertEquals(1.0, r.efficiency(), 0.0);
        assertNull(r.userWastedPercent());
        assertTrue(Double.isNaN(r.dive().userWastedRatio()));
    }

    @Test
    void whiteoutOfAPathNoLowerLayerHasStopsTheLayerAsDiveDoes() throws Exception {
        // dive visits L2's leaves sorted: ".wh.ghost" < "z": the whiteout aborts the visit, so "z" is not counted
        List<ImageFixture.Layer> layers = List.of(
                new ImageFixture.Layer("base").file("z", 10),
                new ImageFixture.Layer("odd").whiteout("ghost").file("z", 30));
        FilesReport r = ImageFiles.analyze(read(ImageFixture.legacy(layers, "g:1")), FilesOptions.DEFAULT);
        // only L1's /z (10) is counted: efficiency 10/10
        assertEquals(1.0, r.efficiency(), 0.0);
        assertEquals(0, r.wastedBytes());
        assertEquals(List.of(new DiveEfficiency.Stop(2, "/ghost")), r.dive().stops());
        // the true figure still sees L1's z overwritten
        assertEquals(10, r.reclaimableBytes());
    }

    @Test
    void opaqueDirectoryKeepsItsOwnLayersEntries() throws Exception {
        List<ImageFixture.Layer> layers = List.of(
                new ImageFixture.Layer("base").dir("d").file("d/old", 40).file("d/keep", 5),
                new ImageFixture.Layer("opq").dir("d").opaque("d").file("d/new", 7));
        FilesReport r = ImageFiles.analyze(read(ImageFixture.legacy(layers, "o:1")), FilesOptions.DEFAULT);
        // d/old and d/keep are hidden (45), d/new stays visible
        assertEquals(45, r.reclaimable().deletedBytes());
        assertEquals(7, r.visibleBytes());
        assertEquals(new ChangeCount(2, 45), r.layers().get(1).removed());
        // dive: no whiteout leaf and no path seen twice: nothing wasted; efficiency 1
        assertEquals(0, r.wastedBytes());
        assertEquals(1.0, r.efficiency(), 0.0);
    }

    @Test
    void permissionOrOwnerChangeIsAModification() throws Exception {
        List<ImageFixture.Layer> layers = List.of(
                new ImageFixture.Layer("base").dir("srv", 0755, 0, 0).file("srv/x", 8),
                new ImageFixture.Layer("chown").dir("srv", 0755, 1000, 1000));
        FilesReport r = ImageFiles.analyze(read(ImageFixture.legacy(layers, "p:1")), FilesOptions.DEFAULT);
        assertEquals(new ChangeCount(1, 0), r.layers().get(1).modified());
    }
}
