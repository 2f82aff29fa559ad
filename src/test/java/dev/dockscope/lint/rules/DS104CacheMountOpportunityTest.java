package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS104CacheMountOpportunityTest extends RuleSpec {
    DS104CacheMountOpportunityTest() {
        super(new DS104CacheMountOpportunity());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN npm ci",
                "RUN pip install -r requirements.txt",
                "RUN go mod download");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN --mount=type=cache,target=/root/.npm npm ci",
                "RUN echo hi",
                "RUN pip install flask");
    }
}
