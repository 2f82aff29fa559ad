package dev.dockscope.render.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockscope.analysis.ci.CiGate;
import dev.dockscope.analysis.ci.CiRule;
import dev.dockscope.analysis.ci.CiThresholds;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.Reclaimable;
import dev.dockscope.support.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CiJunitWriterTest {

    @Test
    void failedRuleIsAFailureAndDisabledOneSkipped() throws Exception {
        DiveEfficiency d = new DiveEfficiency(0.5, 10250, 0.94, 12500, 10900, List.of(), List.of(), 0.94);
        FilesReport r = new FilesReport("s", "oci", List.of(), null, 4, 0, 0, 0.5, 10250, 0.94, 6500, d,
                new Reclaimable(6500, 5100, 1400, List.of(), List.of()), "wasteful", List.of(), List.of(), List.of());
        CiReport ci = CiGate.evaluate(r, CiThresholds.defaults().with(CiRule.HIGHEST_WASTED_BYTES, "20MB", "<.dive-ci>"));
        String xml = CiJunitWriter.render(ci, "app:1 & co");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        assertEquals(4, doc.getElementsByTagName("testcase").getLength());
        Golden.assertMatches(getClass(), "gate.xml", xml);
    }
}
