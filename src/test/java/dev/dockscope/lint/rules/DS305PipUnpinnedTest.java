package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS305PipUnpinnedTest extends RuleSpec {
    DS305PipUnpinnedTest() {
        super(new DS305PipUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN pip install flask",
                "RUN pip3 install --no-cache-dir flask requests==2.32.3");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN pip install flask==3.0.3",
                "RUN pip install -r requirements.txt",
                "RUN pip install .");
    }
}
