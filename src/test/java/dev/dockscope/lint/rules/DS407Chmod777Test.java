package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS407Chmod777Test extends RuleSpec {
    DS407Chmod777Test() {
        super(new DS407Chmod777());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN chmod 777 /app",
                "RUN chmod -R a+rwx /data",
                "COPY --chmod=777 a /a");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN chmod 755 /app",
                "COPY --chmod=644 a /a");
    }
}
