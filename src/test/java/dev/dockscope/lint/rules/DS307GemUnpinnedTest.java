package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS307GemUnpinnedTest extends RuleSpec {
    DS307GemUnpinnedTest() {
        super(new DS307GemUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN gem i bundler",
                "RUN gem install rails");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN gem install nokogiri:1.16.0 -- --use-system-libraries true",
                "RUN gem install rails:7.1.3",
                "RUN gem install rails -v 7.1.3");
    }
}
