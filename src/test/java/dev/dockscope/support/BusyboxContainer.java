package dev.dockscope.support;

import com.github.dockerjava.api.model.HealthCheck;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.IsRunningStartupCheckStrategy;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * A Testcontainers container on the locally built busybox base image: never pulled (the image exists, and the pull
 * policy refuses to pull), labelled and named like every other test object, started and stopped by Testcontainers.
 */
public final class BusyboxContainer extends GenericContainer<BusyboxContainer> {
    public BusyboxContainer(String name) {
        super(DockerImageName.parse(TestDaemon.baseImage()));
        withImagePullPolicy(PullPolicy.defaultPolicy());
        withImagePullPolicy(image -> false);
        withCommand("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done");
        withLabels(Map.of(TestDaemon.LABEL, "testcontainers"));
        withCreateContainerCmdModifier(cmd -> cmd.withName(TestDaemon.name(name)));
        withStartupCheckStrategy(new IsRunningStartupCheckStrategy());
        withStartupTimeout(Duration.ofSeconds(60));
    }

    /** A health check that runs {@code probe} in the container every second. */
    public BusyboxContainer withHealthProbe(String probe) {
        return withCreateContainerCmdModifier(cmd -> cmd.withHealthcheck(new HealthCheck()
                .withTest(java.util.List.of("CMD-SHELL", probe))
                .withInterval(1_000_000_000L).withTimeout(1_000_000_000L).withRetries(2)
                .withStartPeriod(0L)));
    }

    /** The container's name as the daemon knows it. */
    public String name() {
        return getContainerInfo().getName().replaceFirst("^/", "");
    }
}
