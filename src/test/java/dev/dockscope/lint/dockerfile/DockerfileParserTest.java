package dev.dockscope.lint.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.dockerfile.ParseIssue.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {
    private static Dockerfile parse(String text) {
        return DockerfileParser.parse("Dockerfile", text);
    }

    private static List<Kind> kinds(Dockerfile df) {
        return df.issues().stream().map(ParseIssue::kind).toList();
    }

    @Test
    void continuationLinesJoinAndKeepPositions() {
        Dockerfile df = parse("FROM alpine:3.20\nRUN apk add \\\n    git \\\n    curl\n");
        Instruction run = df.instructions().get(1);
        assertEquals("apk add     git     curl", run.body());
        assertEquals(2, run.line());
        assertEquals(4, run.endLine());
        Pos curl = run.bodyPos(run.body().indexOf("curl"));
        assertEquals(new Pos(4, 5), curl);
    }

    @Test
    void commentsAndBlankLinesInsideContinuationsAreSkipped() {
        Dockerfile df = parse("FROM alpine:3.20\nRUN apk add \\\n# why git\n    git \\\n\n    curl\nUSER app\n");
        assertEquals(3, df.instructions().size());
        assertTrue(df.instructions().get(1).body().contains("git"));
        assertTrue(df.instructions().get(1).body().contains("curl"));
        assertEquals(List.of(Kind.EMPTY_CONTINUATION), kinds(df));
        assertTrue(df.comments().stream().anyMatch(c -> c.line() == 3 && c.text().equals("why git")));
    }

    @Test
    void backtickEscapeDirectiveChangesTheContinuationCharacter() {
        Dockerfile df = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "COPY C:\\src\\ C:\\app\\\nRUN dir `\n    C:\\app\n");
        assertEquals('`', df.directives().escape());
        assertEquals(3, df.instructions().size());
        assertEquals("C:\\src\\ C:\\app\\", df.instructions().get(1).body());
        assertTrue(df.instructions().get(2).body().endsWith("C:\\app"));
    }

    @Test
    void directivesAreReadOnlyAtTheTop() {
        Dockerfile df = parse("# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended,StageNameCasing\n"
                + "FROM alpine:3.20\n# syntax=other\n");
        assertEquals("docker/dockerfile:1", df.directives().syntax());
        assertEquals(List.of("JSONArgsRecommended", "StageNameCasing"), df.directives().checkSkip());
        assertEquals(List.of(Kind.BAD_DIRECTIVE), kinds(df));
        assertEquals(4, df.issues().get(0).pos().line());
    }

    @Test
    void execAndShellForms() {
        Dockerfile df = parse("FROM alpine:3.20\nCMD [\"node\", \"a b.js\"]\nENTRYPOINT node x.js\n"
                + "CMD [\"bad\"\n");
        assertEquals(List.of("node", "a b.js"), df.instructions().get(1).exec());
        assertNull(df.instructions().get(2).exec());
        assertNull(df.instructions().get(3).exec());
        assertEquals(List.of(Kind.INVALID_JSON), kinds(df));
    }

    @Test
    void flagsAreParsedWithPositionsAndMountOptions() {
        Dockerfile df = parse("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"
                + "RUN --mount=type=cache,target=/go/pkg/mod --network=none go build\n"
                + "COPY --from=build --chown=1:1 --chmod=755 --link /a /b\n");
        Instruction from = df.instructions().get(0);
        assertEquals("$BUILDPLATFORM", from.flagValue("platform"));
        Instruction run = df.instructions().get(1);
        assertEquals(Map.of("type", "cache", "target", "/go/pkg/mod"), run.flag("mount").options());
        assertEquals("none", run.flagValue("network"));
        assertEquals(new Pos(2, 5), run.flag("mount").pos());
        Instruction copy = df.instructions().get(2);
        assertNotNull(copy.flag("link"));
        assertNull(copy.flag("link").value());
        assertEquals(List.of("/a"), copy.sources());
        assertEquals("/b", copy.destination());
        assertTrue(df.issues().isEmpty());
    }

    @Test
    void heredocsAreReadWithQuotedAndTabStrippingDelimiters() {
        Dockerfile df = parse("FROM alpine:3.20\nRUN <<EOF\napk add git\necho $HOME\nEOF\n"
                + "COPY <<'CONF' /etc/app.conf\nkey=$value\nCONF\nRUN <<-END\n\techo tabbed\n\tEND\nUSER app\n");
        assertEquals(5, df.instructions().size());
        Heredoc h = df.instructions().get(1).heredocs().get(0);
        assertEquals("EOF", h.delimiter());
        assertEquals("apk add git\necho $HOME\n", h.body());
        assertEquals(3, h.firstLine());
        Heredoc conf = df.instructions().get(2).heredocs().get(0);
        assertTrue(conf.quoted());
        assertEquals("/etc/app.conf", df.instructions().get(2).destination());
        Heredoc tab = df.instructions().get(3).heredocs().get(0);
        assertTrue(tab.stripTabs());
        assertEquals("echo tabbed\n", tab.body());
        assertEquals("USER", df.instructions().get(4).keyword());
        assertTrue(df.issues().isEmpty());
    }

    @Test
    void unterminatedHeredocIsAnIssueNotACrash() {
        Dockerfile df = parse("FROM alpine:3.20\nRUN <<EOF\necho hi\nUSER app\n");
        assertEquals(List.of(Kind.UNTERMINATED_HEREDOC), kinds(df));
        assertEquals(new Pos(2, 5), df.issues().get(0).pos());
        assertEquals(2, df.instructions().size());
    }

    @Test
    void hereStringIsNotAHeredoc() {
        Dockerfile df = parse("FROM alpine:3.20\nRUN cat <<< hello\n");
        assertTrue(df.instructions().get(1).heredocs().isEmpty());
        assertTrue(df.issues().isEmpty());
    }

    @Test
    void stagesAndGraph() {
        Dockerfile df = parse("ARG BASE=alpine:3.20\nFROM $BASE AS Build\nRUN make\nFROM build AS test\n"
                + "FROM scratch\nCOPY --from=build /app /app\n");
        assertEquals(3, df.stages().size());
        assertEquals("Build", df.stages().get(0).name());
        assertEquals(0, df.stage("build").index());
        assertEquals(0, df.stage("BUILD").index());
        assertEquals(2, df.stage("2").index());
        assertNull(df.stage("nope"));
        assertEquals(1, df.globalArgs().size());
        assertEquals(-1, df.instructions().get(0).stage());
        assertEquals(2, df.instructions().get(5).stage());
    }

    @Test
    void onbuildCarriesItsInstruction() {
        Dockerfile df = parse("FROM alpine:3.20\nONBUILD COPY . /app\n");
        Instruction inner = df.instructions().get(1).onbuild();
        assertEquals("COPY", inner.keyword());
        assertEquals(new Pos(2, 9), inner.pos());
    }

    @Test
    void keywordsAreCaseInsensitive() {
        Dockerfile df = parse("from alpine:3.20\nRun echo hi\n");
        assertEquals("RUN", df.instructions().get(1).keyword());
        assertEquals("Run", df.instructions().get(1).written());
        assertTrue(df.issues().isEmpty());
    }

    @Test
    void bomCrlfAndTabsAreHandled() {
        Dockerfile df = parse("\uFEFFFROM alpine:3.20\r\nRUN\techo hi \\\r\n\t&& echo there\r\n");
        assertEquals(2, df.instructions().size());
        assertEquals("FROM", df.instructions().get(0).keyword());
        assertEquals(new Pos(1, 1), df.instructions().get(0).pos());
        assertFalse(df.instructions().get(1).body().contains("\r"));
        assertTrue(df.issues().isEmpty());
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoInstructions() {
        assertEquals(List.of(Kind.NO_INSTRUCTIONS), kinds(parse("")));
        assertEquals(List.of(Kind.NO_INSTRUCTIONS), kinds(parse("# nothing\n\n# here\n")));
    }

    @Test
    void unknownInstructionAndMissingArgumentsAreIssues() {
        Dockerfile df = parse("FROM alpine:3.20\nRUNN x\nCOPY onlyone\nWORKDIR\n");
        assertEquals(List.of(Kind.UNKNOWN_INSTRUCTION, Kind.BAD_ARGUMENTS, Kind.BAD_ARGUMENTS), kinds(df));
        assertEquals(new Pos(2, 1), df.issues().get(0).pos());
    }

    @Test
    void variablesExpandWithDefaultsAndAlternatives() {
        Map<String, String> v = Map.of("A", "x", "EMPTY", "");
        assertEquals("x-d-alt-", Variables.expand("$A-${B:-d}-${A:+alt}-${B:+alt}", '\\', v));
        assertEquals("d|", Variables.expand("${EMPTY:-d}|${EMPTY-d}", '\\', v));
        assertEquals("$A", Variables.expand("\\$A", '\\', v));
        var refs = Variables.references("COPY ${SRC:-.} $DEST", '\\');
        assertEquals(List.of("SRC", "DEST"), refs.stream().map(Variables.Ref::name).toList());
        assertTrue(refs.get(0).guarded());
        assertFalse(refs.get(1).guarded());
    }

    @Test
    void hundredThousandLinesParseInOnePass() {
        StringBuilder b = new StringBuilder("FROM alpine:3.20\nRUN echo start \\\n");
        for (int i = 0; i < 100_000; i++) {
            b.append("    && echo line").append(i).append(" \\\n");
        }
        b.append("    && true\n");
        for (int i = 0; i < 1000; i++) {
            b.append("ENV K").append(i).append("=v\n");
        }
        Dockerfile df = parse(b.toString());
        assertEquals(1002, df.instructions().size());
        Instruction run = df.instructions().get(1);
        assertEquals(100_003, run.endLine());
        assertEquals(new Pos(100_002, 8), run.bodyPos(run.body().indexOf("echo line99999")));
    }
}
