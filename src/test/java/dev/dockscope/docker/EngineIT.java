package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.ContainerTop;
import dev.dockscope.model.daemon.DiskUsage;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The typed facade against the real daemon: a container with limits, security options, a volume, a bind mount and a
 * health check on an --internal network with an alias, and a container that exited; read back as records and
 * compared with what was asked for and with the docker CLI.
 */
@ExtendWith(DaemonExtension.class)
class EngineIT {
    private static final String NET = TestDaemon.name("engine-net");
    private static final String VOL = TestDaemon.name("engine-vol");
    private static final String WEB = TestDaemon.name("engine-web");
    private static final String DONE = TestDaemon.name("engine-done");
    private static final String EVIL = "x\u001b]0;title\u0007\u001b[31mred\u009b2J\u202e";
    private static DaemonReader reader;
    private static Engine engine;
    private static Path hostDir;

    @BeforeAll
    static void create() throws Exception {
        String image = TestDaemon.baseImage();
        hostDir = Files.createTempDirectory("dsit-engine");
        TestDaemon.track("network", NET);
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=engine", NET);
        TestDaemon.track("volume", VOL);
        TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=engine", VOL);
        TestDaemon.track("container", WEB);
        TestDaemon.docker("run", "-d", "--name", WEB, "--label", TestDaemon.LABEL + "=engine", "--label", "evil=" + EVIL,
                "--network", NET, "--network-alias", "api", "--memory", "64m", "--memory-swap", "128m",
                "--memory-reservation", "32m", "--cpus", "0.5", "--cpu-shares", "256", "--pids-limit", "50",
                "--cap-drop", "ALL", "--cap-add", "CHOWN", "--read-only", "--security-opt", "no-new-privileges",
                "--restart", "on-failure:3", "--init", "-u", "1000:1000", "-e", "MODE=test", "--expose", "8080",
                "-v", VOL + ":/data", "-v", hostDir + ":/host:ro", "--health-cmd", "echo ok", "--health-interval", "1s",
                image, "sleep", "600");
        TestDaemon.track("container", DONE);
        TestDaemon.docker("create", "--name", DONE, "--label", TestDaemon.LABEL + "=engine", "--network", "none", image,
                "sh", "-c", "mkdir /made && touch /made/f && rm /bin/ls && exit 7");
        TestDaemon.docker("start", DONE);
        assertEquals("7", TestDaemon.docker("wait", DONE));
        for (int i = 0; i < 60 && !TestDaemon.docker("inspect", "-f", "{{.State.Health.Status}}", WEB)
                .equals("healthy"); i++) {
            Thread.sleep(500);
        }
        reader = new DaemonReader(new EndpointResolver(Map.of("DOCKER_HOST", TestDaemon.host())::get).resolve(null, null));
        engine = new Engine(reader);
    }

    @AfterAll
    static void close() {
        if (reader != null) {
            reader.close();
        }
    }

    @Test
    void containerWithLimitsMountsHealthAndAnAlias() {
        ContainerDetails c = engine.container(WEB);
        assertEquals(WEB, c.name());
        assertEquals(TestDaemon.docker("inspect", "-f", "{{.Id}}", WEB), c.id());
        assertEquals(TestDaemon.docker("inspect", "-f", "{{.Image}}", WEB), c.imageId());
        assertTrue(c.state().running());
        assertEquals("running", c.state().status());
        assertEquals(Integer.parseInt(TestDaemon.docker("inspect", "-f", "{{.State.Pid}}", WEB)), c.state().pid());
        assertEquals("healthy", c.state().health().status());
        assertFalse(c.state().health().log().isEmpty());
        assertEquals(0, c.state().health().log().get(0).exitCode());
        assertEquals("ok\n", c.state().health().log().get(0).output());
        assertEquals(List.of("CMD-SHELL", "echo ok"), c.config().healthcheck().test());
        assertEquals(1_000_000_000L, c.config().healthcheck().intervalNanos());
        assertEquals("1000:1000", c.config().user());
        assertTrue(c.config().env().contains("MODE=test"));
        assertEquals(List.of("sleep", "600"), c.config().cmd());
        assertEquals(List.of("8080/tcp"), c.config().exposedPorts());
        assertEquals(TestDaemon.BASE, c.config().image());
        String evil = c.config().labels().get("evil");
        EngineRecordsTest.assertClean(evil);
        assertTrue(evil.startsWith("x") && evil.contains("red"), evil);

        ContainerDetails.HostConfig h = c.hostConfig();
        assertEquals(64L << 20, h.memory());
        assertEquals(128L << 20, h.memorySwap());
        assertEquals(32L << 20, h.memoryReservation());
        assertEquals(500_000_000L, h.nanoCpus());
        assertEquals(256, h.cpuShares());
        assertEquals(50, h.pidsLimit());
        assertEquals(List.of("ALL"), h.capDrop());
        assertEquals(List.of("CAP_CHOWN"), h.capAdd().stream().map(s -> s.startsWith("CAP_") ? s : "CAP_" + s).toList());
        assertTrue(h.readonlyRootfs());
        assertEquals(List.of("no-new-privileges"), h.securityOpt());
        assertEquals("on-failure", h.restartPolicy().name());
        assertEquals(3, h.restartPolicy().maximumRetryCount());
        assertEquals(Boolean.TRUE, h.init());
        assertEquals(NET, h.networkMode());
        assertFalse(h.privileged());

        ContainerMount vol = c.mounts().stream().filter(m -> m.type().equals("volume")).findFirst().orElseThrow();
        assertEquals(VOL, vol.name());
        assertEquals("/data", vol.destination());
        assertEquals("local", vol.driver());
        assertTrue(vol.rw());
        ContainerMount bind = c.mounts().stream().filter(m -> m.type().equals("bind")).findFirst().orElseThrow();
        assertEquals(hostDir.toString(), bind.source());
        assertFalse(bind.rw());

        ContainerDetails.Endpoint ep = c.networkSettings().networks().get(NET);
        assertTrue(ep.aliases().contains("api"), ep.toString());
        assertEquals(TestDaemon.docker("network", "inspect", "-f", "{{.Id}}", NET), ep.networkId());
        assertEquals(TestDaemon.docker("inspect", "-f", "{{(index .NetworkSettings.Networks \"" + NET + "\").IPAddress}}",
                WEB), ep.ipAddress());
        assertTrue(c.sizeRw() >= 0 && c.sizeRootFs() > 1_000_000, "?size=true: " + c.sizeRw() + " " + c.sizeRootFs());
    }

    @Test
    void statsAndTopOfTheRunningContainer() {
        ContainerStats s = engine.stats(WEB).orElseThrow();
        assertEquals(64L << 20, s.memoryLimit());
        assertTrue(s.memoryUsage() > 0);
        assertTrue(s.pids() >= 2, "docker-init and sleep: " + s.pids());
        assertTrue(s.cpu().systemUsage() > 0);
        ContainerTop top = engine.top(WEB).orElseThrow();
        assertTrue(top.titles().contains("PID"), top.toString());
        assertTrue(top.column("CMD").stream().anyMatch(cmd -> cmd.contains("sleep 600")), top.toString());
    }

    @Test
    void theExitedContainer() {
        ContainerDetails c = engine.container(DONE);
        assertEquals("exited", c.state().status());
        assertEquals(7, c.state().exitCode());
        assertFalse(c.state().running());
        assertFalse(c.state().oomKilled());
        assertEquals(0, c.state().pid());
        assertTrue(c.state().finishedAt().compareTo(c.state().startedAt()) >= 0, c.state().toString());
        assertTrue(engine.stats(DONE).isEmpty());
        assertTrue(engine.top(DONE).isEmpty());
        List<ContainerChange> changes = engine.changes(DONE);
        assertTrue(changes.contains(new ContainerChange("/made", ContainerChange.Kind.ADDED)), changes.toString());
        assertTrue(changes.contains(new ContainerChange("/made/f", ContainerChange.Kind.ADDED)), changes.toString());
        assertTrue(changes.contains(new ContainerChange("/bin/ls", ContainerChange.Kind.DELETED)), changes.toString());
        assertTrue(changes.contains(new ContainerChange("/bin", ContainerChange.Kind.MODIFIED)), changes.toString());
    }

    @Test
    void containerLists() {
        List<ContainerSummary> running = engine.containers(false);
        ContainerSummary web = running.stream().filter(c -> c.name().equals(WEB)).findFirst().orElseThrow();
        assertEquals("running", web.state());
        assertTrue(web.status().contains("healthy"), web.status());
        assertEquals(List.of(NET), web.networks());
        assertTrue(web.mounts().stream().anyMatch(m -> m.name().equals(VOL)));
        assertTrue(running.stream().noneMatch(c -> c.name().equals(DONE)));
        ContainerSummary done = engine.containers(true).stream().filter(c -> c.name().equals(DONE)).findFirst()
                .orElseThrow();
        assertEquals("exited", done.state());
    }

    @Test
    void internalNetworkWithItsContainer() {
        NetworkDetails n = engine.network(NET);
        assertEquals(NET, n.name());
        assertTrue(n.internal());
        assertEquals("bridge", n.driver());
        assertEquals("local", n.scope());
        assertEquals("engine", n.labels().get(TestDaemon.LABEL));
        assertFalse(n.ipam().configs().isEmpty());
        assertEquals(TestDaemon.docker("network", "inspect", "-f", "{{(index .IPAM.Config 0).Subnet}}", NET),
                n.ipam().configs().get(0).subnet());
        NetworkDetails.Attached a = n.containers().get(TestDaemon.docker("inspect", "-f", "{{.Id}}", WEB));
        assertEquals(WEB, a.name());
        assertTrue(a.ipv4Address().contains("/"), a.ipv4Address());
        assertTrue(engine.networks().stream().anyMatch(x -> x.name().equals(NET) && x.internal()));
        DockscopeException e = assertThrows(DockscopeException.class, () -> engine.network(NET + "-nope"));
        assertEquals(4, e.exitCode().code());
    }

    @Test
    void volumeListInspectAndDiskUsage() {
        VolumeDetails v = engine.volume(VOL);
        assertEquals("local", v.driver());
        assertEquals("engine", v.labels().get(TestDaemon.LABEL));
        assertEquals(TestDaemon.docker("volume", "inspect", "-f", "{{.Mountpoint}}", VOL), v.mountpoint());
        assertEquals("local", v.scope());
        assertFalse(v.createdAt().isEmpty());
        assertTrue(engine.volumes().stream().anyMatch(x -> x.name().equals(VOL)));
        DiskUsage df = engine.systemDf();
        VolumeDetails measured = df.volumes().stream().filter(x -> x.name().equals(VOL)).findFirst().orElseThrow();
        assertEquals(1, measured.usage().refCount());
        assertTrue(df.layersSize() > 1_000_000, "the busybox base alone is ~2 MB");
        assertTrue(df.containers().stream().anyMatch(c -> c.names().contains("/" + DONE)));
    }

    @Test
    void infoAndVersion() {
        assertEquals(TestDaemon.docker("version", "--format", "{{.Server.APIVersion}}"), engine.version().apiVersion());
        assertEquals(TestDaemon.docker("info", "--format", "{{.ServerVersion}}"), engine.info().serverVersion());
        assertEquals(TestDaemon.docker("info", "--format", "{{.CgroupVersion}}"), engine.info().cgroupVersion());
        assertEquals(Integer.parseInt(TestDaemon.docker("info", "--format", "{{.NCPU}}")), engine.info().ncpu());
        assertTrue(engine.images().stream().anyMatch(i -> i.repoTags().contains(TestDaemon.BASE)));
        assertFalse(engine.imageHistory(TestDaemon.BASE).isEmpty());
        assertEquals(engine.images().stream().filter(i -> i.repoTags().contains(TestDaemon.BASE)).findFirst()
                .orElseThrow().id(), engine.image(TestDaemon.BASE).id());
    }
}
