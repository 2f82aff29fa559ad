package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS410InsecureDownloadTest extends RuleSpec {
    DS410InsecureDownloadTest() {
        super(new DS410InsecureDownload());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN curl -k https://e.x/a -o /a",
                "RUN wget --no-check-certificate https://e.x/a",
                "RUN pip install --trusted-host pypi.org flask==3");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN curl -fsSL https://e.x/a -o /a");
    }
}
