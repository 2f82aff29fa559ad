package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS406ExposeWithoutHealthcheckTest extends RuleSpec {
    DS406ExposeWithoutHealthcheckTest() {
        super(new DS406ExposeWithoutHealthcheck());
    }

    static Stream<String> catches() {
        return Stream.of(
                "EXPOSE 8080");
    }

    static Stream<String> passes() {
        return Stream.of(
                "EXPOSE 8080\nHEALTHCHECK CMD wget -qO- localhost:8080 || exit 1",
                "RUN true");
    }
}
