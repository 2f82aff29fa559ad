package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS316UndefinedVariableTest extends RuleSpec {
    DS316UndefinedVariableTest() {
        super(new DS316UndefinedVariable());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY app /opt/$APP_DIR/",
                "ARG VERSION=1\nFROM alpine:3.20\nLABEL v=$VERSION",
                "WORKDIR $APPDIR");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG APP_DIR=/app\nCOPY app $APP_DIR/",
                "ENV APP_DIR=/app\nWORKDIR $APP_DIR",
                "WORKDIR ${APPDIR:-/app}",
                "ENV PATH=/opt/bin:$PATH",
                "ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL v=$VERSION",
                "FROM alpine:3.20 AS base\nENV D=/x\nFROM base\nWORKDIR $D");
    }
}
