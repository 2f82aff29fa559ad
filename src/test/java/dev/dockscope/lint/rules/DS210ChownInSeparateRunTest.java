package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS210ChownInSeparateRunTest extends RuleSpec {
    DS210ChownInSeparateRunTest() {
        super(new DS210ChownInSeparateRun());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY . /app\nRUN chown -R app:app /app",
                "WORKDIR /app\nCOPY . .\nRUN chmod -R 755 .");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY --chown=app:app . /app",
                "RUN chown -R app /data");
    }
}
