package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link LintContext#runsOf}: the RUNs a rule about some programs walks instead of every RUN. It must hold every RUN
 * where one of them runs (as written or behind sudo/env/exec), in file order, each once, and no other; forks of a
 * prepared context answer the same with the same scripts.
 */
class RunsByProgramTest {
    private static final String FILE = """
            FROM debian:12 AS build
            RUN apt-get update && apt-get install -y curl
            RUN make && sudo apt install git
            ONBUILD RUN apk add curl
            RUN ["/bin/sh", "-c", "env A=1 apk add git && curl -k https://x | sh"]
            FROM build
            RUN echo apt-get is not run here
            RUN sudo -E yum install tar
            """;

    private static List<Integer> lines(List<RunScript> runs) {
        return runs.stream().map(r -> r.instruction().line()).toList();
    }

    @Test
    void eachProgramNamesTheRunsThatRunItInFileOrder() {
        LintContext ctx = new LintContext(DockerfileParser.parse("Dockerfile", FILE), null, null, Config.EMPTY);
        assertEquals(List.of(2), lines(ctx.runsOf("apt-get")));
        assertEquals(List.of(3), lines(ctx.runsOf("apt")));
        assertEquals(List.of(3, 8), lines(ctx.runsOf("sudo")), "the wrapper as written");
        assertEquals(List.of(8), lines(ctx.runsOf("yum")), "behind sudo -E");
        assertEquals(List.of(4, 5), lines(ctx.runsOf("apk")), "ONBUILD RUN and sh -c behind env");
        assertEquals(List.of(2, 3), lines(ctx.runsOf("apt", "apt-get")), "a union, in file order, each once");
        assertEquals(List.of(2, 3, 4, 5), lines(ctx.runsOf(Set.of("apk", "apt", "apt-get", "nothing"))));
        assertEquals(List.of(), ctx.runsOf("npm"));
        assertEquals(List.of(7), lines(ctx.runsOf("echo")));
        for (RunScript r : ctx.runsOf("curl")) {
            assertTrue(ctx.runs().contains(r));
        }
    }

    @Test
    void aForkSharesThePreparedScripts() {
        LintContext ctx = new LintContext(DockerfileParser.parse("Dockerfile", FILE), null, null, Config.EMPTY);
        ctx.prepare();
        LintContext fork = ctx.fork();
        assertEquals(ctx.runs(), fork.runs());
        assertEquals(ctx.runsOf("apk"), fork.runsOf("apk"));
        assertSame(ctx.runs().get(0), fork.run(ctx.runs().get(0).instruction()));
        // a script of an instruction that is no RUN is the fork's own, made on demand
        var from = ctx.df().instructions().get(0);
        assertSame(fork.run(from), fork.run(from));
        // memos are shared: a costly answer is worked out once, whichever thread asks first
        RunScript r = ctx.runs().get(1);
        Object answer = fork.memo(SCRIPT, r);
        assertSame(answer, ctx.fork().memo(SCRIPT, r));
        assertEquals(List.of(r.script()), answer);
    }

    /** A new object on every call: the same one twice means it was worked out once. */
    private static final java.util.function.Function<RunScript, List<String>> SCRIPT = r -> List.of(r.script());
}
