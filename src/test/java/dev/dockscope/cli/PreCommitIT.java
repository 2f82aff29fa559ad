package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code dockscope-lint} hook of {@code .pre-commit-hooks.yaml}, run by the real pre-commit ({@code try-repo} on
 * this checkout) in a temp git repository, with the unpacked release tarball's bin/ on PATH. No daemon needed.
 */
class PreCommitIT {
    @Test
    void theHookFailsOnAWarningAndPassesOnACleanDockerfile(@TempDir Path tmp) throws Exception {
        if (!Proc.onPath("pre-commit") || !Proc.onPath("git")) {
            String message = "pre-commit and git are needed (scripts/test installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path checkout = Path.of("").toAbsolutePath();
        Proc.of("git", "init", "-q", ".").dir(repo).run().assertExit(0);
        Path dockerfile = repo.resolve("services/api/Dockerfile");
        Files.createDirectories(dockerfile.getParent());
        Files.writeString(dockerfile, "FROM node\nCOPY . .\nRUN npm install\n");
        Files.writeString(repo.resolve("README.md"), "not a Dockerfile\n");
        Proc.of("git", "add", "-A").dir(repo).run().assertExit(0);

        Proc.Result failed = tryRepo(tmp, repo, checkout).assertExit(1);
        assertTrue(failed.out().contains("dockscope lint") && failed.out().contains("Failed")
                && failed.out().contains("services/api/Dockerfile:2:1  DS101"), failed.describe());

        Files.writeString(dockerfile, "FROM busybox:1.36.1\nUSER 65534\nCMD [\"sh\"]\n");
        Proc.of("git", "add", "-A").dir(repo).run().assertExit(0);
        Proc.Result passed = tryRepo(tmp, repo, checkout).assertExit(0);
        assertTrue(passed.out().contains("dockscope lint") && passed.out().contains("Passed"), passed.describe());
    }

    private static Proc.Result tryRepo(Path tmp, Path repo, Path checkout) {
        return Proc.of("pre-commit", "try-repo", checkout.toString(), "dockscope-lint", "--all-files").dir(repo)
                .cleanEnv()
                .env("PATH", Release.launcher().getParent() + ":/usr/local/bin:/usr/bin:/bin")
                .env("HOME", tmp.resolve("home").toString())
                .env("PRE_COMMIT_HOME", tmp.resolve("pre-commit").toString())
                .env("XDG_CACHE_HOME", Release.cacheHome().toString())
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .timeout(240).run();
    }
}
