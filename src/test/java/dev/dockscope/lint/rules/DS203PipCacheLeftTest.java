package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS203PipCacheLeftTest extends RuleSpec {
    DS203PipCacheLeftTest() {
        super(new DS203PipCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask",
                "RUN pip install flask==3.0.3",
                "RUN python -m pip install -r requirements.txt");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN pipx install black",
                "RUN pipenv install",
                "ENV PIP_NO_CACHE_DIR=0\nRUN pip install flask",
                "RUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask",
                "RUN pip install --no-cache-dir flask==3.0.3",
                "ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3",
                "RUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt");
    }
}
