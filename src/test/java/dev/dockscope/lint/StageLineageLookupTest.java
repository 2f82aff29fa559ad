package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Look-ups over a stage's lineage that rules used to walk per RUN or per later stage (DS213's cache-off variables
 * in the ARGs and ENVs before a RUN, DS102's stages built FROM a stage with a build-varying ENV): one index per file
 * now, giving the walks' answers. Not timed (bench/lint/long-lines.sh measures).
 */
class StageLineageLookupTest {
    private static List<Finding> lint(String text, String rule) {
        var df = DockerfileParser.parse("Dockerfile", text);
        return new Linter(List.of(Rules.byId(rule).orElseThrow())).lint(new LintContext(df, null, null, Config.EMPTY),
                List.of());
    }

    /** declarationBefore answers what a scan of {@link LintContext#before} answers, on random stage graphs. */
    @Test
    void declarationBeforeAgreesWithAScanOfTheLineage() {
        Random rnd = new Random(213);
        String[] bodies = {"ENV UV_NO_CACHE=1", "ARG UV_NO_CACHE", "ENV OTHER=1", "ARG X", "RUN uv sync",
            "RUN echo UV_NO_CACHE", "LABEL UV_NO_CACHE=1", "WORKDIR /a"};
        int seenTrue = 0;
        int seenFalse = 0;
        for (int file = 0; file < 200; file++) {
            StringBuilder b = new StringBuilder();
            int stages = 1 + rnd.nextInt(8);
            for (int s = 0; s < stages; s++) {
                String base = s > 0 && rnd.nextInt(3) > 0 ? "s" + rnd.nextInt(s) : "debian:12";
                b.append("FROM ").append(base).append(" AS s").append(s).append('\n');
                for (int k = rnd.nextInt(5); k > 0; k--) {
                    b.append(bodies[rnd.nextInt(bodies.length)]).append('\n');
                }
            }
            var df = DockerfileParser.parse("Dockerfile", b.toString());
            LintContext ctx = new LintContext(df, null, null, Config.EMPTY);
            for (Instruction i : df.instructions()) {
                boolean scan = false;
                for (Instruction x : ctx.before(i)) {
                    scan |= (x.is("ENV") || x.is("ARG")) && x.body().contains("UV_NO_CACHE");
                }
                assertEquals(scan, ctx.declarationBefore(i, "UV_NO_CACHE"), b + "\nat line " + i.line());
                seenTrue += scan ? 1 : 0;
                seenFalse += scan ? 0 : 1;
            }
        }
        assertTrue(seenTrue > 100 && seenFalse > 100, "both answers are common: " + seenTrue + "/" + seenFalse);
    }

    @Test
    void aCacheOffVariableAtTheRootOfALongChainCountsAtItsEnd() {
        StringBuilder b = new StringBuilder("FROM python:3.12 AS s0\nENV UV_NO_CACHE=1\n");
        for (int k = 0; k < 300; k++) {
            b.append("FROM s").append(k).append(" AS s").append(k + 1).append('\n');
        }
        b.append("RUN uv sync\n");
        assertEquals(List.of(), lint(b.toString(), "DS213"));
        // declared after the RUN, in its own stage: the RUN does not see it
        String after = b.toString().replace("ENV UV_NO_CACHE=1\n", "") + "ENV UV_NO_CACHE=1\n";
        assertEquals(1, lint(after, "DS213").size());
    }

    @Test
    void aBuildVaryingEnvReachesAnExpensiveRunAtTheEndOfAChainOnly() {
        StringBuilder b = new StringBuilder("FROM debian:12 AS s0\nENV BUILD_DATE=today\n");
        for (int k = 0; k < 300; k++) {
            b.append("FROM s").append(k).append(" AS s").append(k + 1).append('\n');
        }
        String chain = b.toString();
        List<Finding> found = lint(chain + "RUN apt-get update && apt-get install -y gcc\n", "DS102");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("of stage s300, which is built FROM stage s0"),
                found.get(0).message());
        // the expensive RUN in a stage built from elsewhere does not lose its cache to it
        assertEquals(List.of(), lint(chain + "FROM debian:12 AS other\nRUN apt-get update && apt-get install -y gcc\n",
                "DS102"));
    }
}
