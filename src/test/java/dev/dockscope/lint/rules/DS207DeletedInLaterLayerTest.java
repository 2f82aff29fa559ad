package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS207DeletedInLaterLayerTest extends RuleSpec {
    DS207DeletedInLaterLayerTest() {
        super(new DS207DeletedInLaterLayer());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz -C /opt\nRUN rm /tmp/app.tar.gz",
                "RUN curl -o /tmp/x.zip https://e.x/x.zip\nRUN rm -f /tmp/x.zip",
                "RUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN curl -o /tmp/x.zip https://e.x/x.zip && unzip /tmp/x.zip && rm /tmp/x.zip",
                "RUN rm -rf /tmp/cache");
    }
}
