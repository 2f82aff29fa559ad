package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.lint.LintFormat;
import dev.dockscope.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15 case 7: a secret written in a Dockerfile or an endpoint never reaches any output, in every lint format
 * (the artefacts uploaded to code scanning and PR comments), in {@code cache}, and in the errors and {@code version}
 * output that echo a {@code tcp://user:pass@host} endpoint. The image side (env, history) is {@code ImageIT}'s.
 */
class SecretsInEveryOutputTest {
    /** The secret values of {@link #DOCKERFILE}; none may appear anywhere. */
    static final List<String> SECRETS = List.of("hunter2", "abc9f3e1d2c4", "admin:pw@", "s3cr3t-key", "tok-77e1",
            "pw2x", "pw3x", "cont-9q1", "cont-8z2");
    static final String DOCKERFILE = String.join("\n",
            "FROM node:22.11-slim",
            "WORKDIR /app",
            "COPY app.txt /app/app.txt",
            "ENV DB_PASSWORD=hunter2",
            "ARG TOKEN=abc9f3e1d2c4",
            "ENV DATABASE_URL=postgres://admin:pw@db/x",
            "ENV API_KEY s3cr3t-key",
            "ARG GITHUB_TOKEN=\"tok-77e1\"",
            "ENV REPLICA_URL mysql://root:pw2x@replica/x",
            "ADD https://deploy:pw3x@example.com/app.tgz /opt/",
            // values on a continuation line: frames are cut from physical lines, the value is on the next one
            "ENV SESSION_SECRET \\",
            "    cont-9q1",
            "ARG NPM_TOKEN=\\",
            "  cont-8z2",
            "USER node",
            "CMD [\"node\", \"main.js\"]", "");

    @TempDir
    Path dir;

    private Path dockerfile() throws Exception {
        Files.writeString(dir.resolve(".dockerignore"), ".git\n");
        Files.writeString(dir.resolve("app.txt"), "x\n");
        Path df = dir.resolve("Dockerfile");
        Files.writeString(df, DOCKERFILE);
        return df;
    }

    private static void noSecret(Cli.Result r) {
        for (String s : SECRETS) {
            assertFalse(r.out().contains(s), "stdout shows " + s + r.describe());
            assertFalse(r.err().contains(s), "stderr shows " + s + r.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(LintFormat.class)
    void lintFindsTheSecretsAndShowsNoneOfThem(LintFormat format) throws Exception {
        Cli.Result r = Cli.create().run("lint", "--format", format.name(), "--color", "never", "--fail-on", "none",
                dockerfile().toString());
        r.assertExit(0);
        noSecret(r);
        // not vacuous: rules fired on the lines that hold the secrets (DS403 on ENV/ARG, DS323 on the legacy ENV
        // with a URL, DS409 on the ADD of a URL with user-info)
        for (String rule : List.of("DS403", "DS323", "DS409")) {
            assertTrue(r.out().contains(rule), "no " + rule + " finding" + r.describe());
        }
    }

    @Test
    void lintTextCodeFramesShowTheLinesRedacted() throws Exception {
        Cli.Result r = Cli.create().run("lint", "--color", "never", "--width", "300", "--fail-on", "none",
                dockerfile().toString());
        r.assertExit(0);
        assertTrue(r.out().contains("4 | ENV DB_PASSWORD=<redacted>"), r.describe());
        // the message names the variable without being taken for a secret itself (it read "ENV DB_PASSWORD
        // <redacted>" when it began like an ENV line, and "a secret: <redacted> value" for ARG)
        assertTrue(r.out().contains("DB_PASSWORD (ENV) looks like a secret, and its value stays readable in the "
                + "image"), r.describe());
        assertTrue(r.out().contains("TOKEN (ARG) looks like a secret, and its value stays readable"), r.describe());
        assertTrue(r.out().contains("| ENV REPLICA_URL mysql://<redacted>@replica/x"), r.describe());
        assertTrue(r.out().contains("| ADD https://<redacted>@example.com/app.tgz /opt/"), r.describe());
        assertTrue(r.out().contains("SESSION_SECRET (ENV) looks like a secret"), r.describe());
        assertTrue(r.out().contains("NPM_TOKEN (ARG) looks like a secret"), r.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void cacheListsTheRebuiltStepsRedacted(String output) throws Exception {
        Path df = dockerfile();
        Cli.Result r = Cli.create().run("cache", df.toString(), "--changed", dir.resolve("app.txt").toString(),
                "-o", output, "--color", "never");
        r.assertExit(0);
        noSecret(r);
        assertTrue(r.out().contains("DB_PASSWORD") && r.out().contains("DATABASE_URL")
                && r.out().contains("example.com"), "the rebuilt ENV and ADD steps are listed" + r.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://admin:hunter2@127.0.0.1:1", "tcp://admin:hunter2@[::1", "tcp://admin:hunter2@:abc",
            "tcp://tok-77e1@bad_host!:2375", "unix://admin:hunter2@", "ssh://admin:hunter2@host",
            "ssh://admin:hunter2@host/path", "ssh://admin:hunter2@host:99999", "ssh://tok-77e1@-oProxyCommand=x"})
    void endpointUserInfoIsNeverEchoed(String host) {
        for (List<String> args : List.of(List.of("version"), List.of("-o", "json", "version"),
                List.of("image", "busybox"))) {
            List<String> all = new java.util.ArrayList<>(List.of("-H", host));
            all.addAll(args);
            Cli.Result flag = Cli.create().run(all.toArray(String[]::new));
            assertTrue(flag.exitCode() == 2 || flag.exitCode() == 3, flag.describe());
            noSecret(flag);
            Cli.Result env = Cli.create().env("DOCKER_HOST", host).run(args.toArray(String[]::new));
            assertTrue(env.exitCode() == 2 || env.exitCode() == 3, env.describe());
            noSecret(env);
        }
    }
}
