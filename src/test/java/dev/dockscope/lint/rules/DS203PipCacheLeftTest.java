package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS203PipCacheLeftTest extends RuleSpec {
    DS203PipCacheLeftTest() {
        super(new DS203PipCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN pip install flask==3.0.3",
                "RUN python -m pip install -r requirements.txt");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN pip install --no-cache-dir flask==3.0.3",
                "ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3",
                "RUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt");
    }
}
