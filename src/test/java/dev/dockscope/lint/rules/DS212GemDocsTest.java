package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS212GemDocsTest extends RuleSpec {
    DS212GemDocsTest() {
        super(new DS212GemDocs());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN gem install rails:7.1.3");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN gem install --no-document rails:7.1.3");
    }
}
