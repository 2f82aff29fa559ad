package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS305PipUnpinnedTest extends RuleSpec {
    DS305PipUnpinnedTest() {
        super(new DS305PipUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN python -m pip install flask",
                "RUN pipx install black",
                "RUN pip install git+https://github.com/org/repo.git#egg=repo",
                "RUN pip install flask",
                "RUN pip3 install --no-cache-dir flask requests==2.32.3");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN pip install ./pkg/sub",
                "RUN pip install flask -c constraints.txt --constraint c.txt",
                "RUN pip install --root-user-action ignore flask==3.0.0",
                "RUN pipenv install black",
                "RUN pip install git+https://github.com/org/repo.git@v1.2#egg=repo",
                "RUN pip install flask==3.0.3",
                "RUN pip install -r requirements.txt",
                "RUN pip install .");
    }
}
