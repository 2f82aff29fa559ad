package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS008MisplacedDirectiveTest extends RuleSpec {
    DS008MisplacedDirectiveTest() {
        super(new DS008MisplacedDirective());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20\n# syntax=docker/dockerfile:1",
                "# escape=x\nFROM alpine:3.20",
                "# hello\n# escape=`\nFROM alpine:3.20");
    }

    static Stream<String> passes() {
        return Stream.of(
                "# syntax=docker/dockerfile:1\nFROM alpine:3.20",
                "# escape=`\nFROM alpine:3.20");
    }
}
