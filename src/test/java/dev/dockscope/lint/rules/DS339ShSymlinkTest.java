package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS339ShSymlinkTest extends RuleSpec {
    DS339ShSymlinkTest() {
        super(new DS339ShSymlink());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN ln -sf /bin/bash /bin/sh");
    }

    static Stream<String> passes() {
        return Stream.of(
                "SHELL [\"/bin/bash\", \"-c\"]",
                "RUN ln -s /usr/bin/python3 /usr/bin/python");
    }
}
