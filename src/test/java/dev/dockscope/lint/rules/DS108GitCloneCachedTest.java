package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS108GitCloneCachedTest extends RuleSpec {
    DS108GitCloneCachedTest() {
        super(new DS108GitCloneCached());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN git clone https://github.com/org/repo.git /src");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN git clone https://github.com/org/repo.git /src && git -C /src checkout 1a2b3c4",
                "RUN git --version");
    }
}
