package dev.dockscope.render.ci;

import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.ci.CiRuleResult;
import dev.dockscope.render.prose.CiProse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CI gate as JUnit XML ({@code --junit FILE}): one test suite, one test case per rule; a failed rule is a
 * {@code <failure>}, a disabled one {@code <skipped>}. Readable by GitLab, Jenkins, GitHub test reporters.
 */
public final class CiJunitWriter {
    private CiJunitWriter() {
    }

    public static String render(CiReport r, String image) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String suite = "dockscope image ci" + (image == null ? "" : ": " + image);
        b.append("<testsuites name=\"dockscope\" tests=\"").append(r.rules().size()).append("\" failures=\"")
                .append(r.failed()).append("\" skipped=\"").append(r.skipped()).append("\">\n");
        b.append("  <testsuite name=\"").append(esc(suite)).append("\" tests=\"").append(r.rules().size())
                .append("\" failures=\"").append(r.failed()).append("\" errors=\"0\" skipped=\"").append(r.skipped())
                .append("\">\n");
        for (CiRuleResult rule : r.rules()) {
            String message = CiProse.message(rule.message());
            b.append("    <testcase classname=\"dockscope.image.ci\" name=\"").append(esc(rule.rule())).append('"');
            switch (rule.status()) {
                case "FAIL" -> b.append(">\n      <failure message=\"").append(esc(message))
                        .append("\" type=\"threshold\">").append(esc(message + " (threshold "
                                + rule.configValue() + " from " + rule.source() + ")")).append("</failure>\n")
                        .append("    </testcase>\n");
                case "SKIP" -> b.append(">\n      <skipped message=\"").append(esc(message))
                        .append("\"/>\n    </testcase>\n");
                default -> b.append(">\n      <system-out>").append(esc(message)).append("</system-out>\n")
                        .append("    </testcase>\n");
            }
        }
        b.append("  </testsuite>\n</testsuites>\n");
        return b.toString();
    }

    public static void write(CiReport r, String image, Path file) throws IOException {
        Files.writeString(file, render(r, image), StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0xfffe || c == 0xffff) {
                        b.append('\uFFFD'); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
