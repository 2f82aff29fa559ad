package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.ContainerTop;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DiskUsage;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import dev.dockscope.render.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Engine's answers (API 1.41 and 1.47+ shapes, in src/test/resources/engine) mapped to records. */
class EngineRecordsTest {
    private static JsonNode json(String name) throws IOException {
        try (InputStream in = EngineRecordsTest.class.getResourceAsStream("/engine/" + name)) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void inspectOnEngine20() throws Exception {
        ContainerDetails c = ContainerRecords.details(json("container-inspect-20.10.json"));
        assertEquals("web", c.name());
        assertEquals(2, c.restartCount());
        assertEquals(12288, c.sizeRw());
        assertEquals(2150400, c.sizeRootFs());
        ContainerDetails.State s = c.state();
        assertEquals("running", s.status());
        assertTrue(s.running());
        assertEquals(4242, s.pid());
        assertEquals("0001-01-01T00:00:00Z", s.finishedAt());
        assertEquals("healthy", s.health().status());
        assertEquals(2, s.health().log().size());
        assertEquals("ok\n", s.health().log().get(0).output());
        assertEquals("2024-03-01T10:00:31.1Z", s.health().log().get(0).start());

        ContainerDetails.Config cfg = c.config();
        assertEquals("web:1", cfg.image());
        assertEquals("1000:1000", cfg.user());
        assertEquals(List.of("/bin/sh"), cfg.entrypoint());
        assertEquals(List.of("-c", "httpd -f -p 8080"), cfg.cmd());
        assertEquals(List.of("8080/tcp"), cfg.exposedPorts());
        assertEquals(30_000_000_000L, cfg.healthcheck().intervalNanos());
        assertEquals(0, cfg.healthcheck().startIntervalNanos());
        assertEquals("shop", cfg.labels().get("com.docker.compose.project"));
        assertFalse(cfg.tty());

        ContainerDetails.HostConfig h = c.hostConfig();
        assertEquals(268435456, h.memory());
        assertEquals(536870912, h.memorySwap());
        assertEquals(50000, h.cpuQuota());
        assertEquals(100000, h.cpuPeriod());
        assertEquals(512, h.cpuShares());
        assertEquals("0", h.cpusetCpus());
        assertEquals(100, h.pidsLimit());
        assertEquals(300, h.blkioWeight());
        assertEquals(List.of("NET_ADMIN"), h.capAdd());
        assertEquals(List.of("ALL"), h.capDrop());
        assertEquals(List.of("no-new-privileges"), h.securityOpt());
        assertTrue(h.readonlyRootfs());
        assertEquals("/dev/fuse", h.devices().get(0).pathInContainer());
        assertEquals("host", h.cgroupnsMode());
        assertNull(h.init(), "Init null: the daemon's default applies");
        assertEquals("on-failure", h.restartPolicy().name());
        assertEquals(5, h.restartPolicy().maximumRetryCount());
        assertEquals("18080", h.portBindings().get("8080/tcp").get(0).hostPort());
        assertEquals("json-file", h.logType());

        assertEquals(2, c.mounts().size());
        assertFalse(c.mounts().get(0).rw());
        assertEquals("rprivate", c.mounts().get(0).propagation());
        assertEquals("webcache", c.mounts().get(1).name());
        assertEquals("local", c.mounts().get(1).driver());

        ContainerDetails.Endpoint bridge = c.networkSettings().networks().get("bridge");
        assertEquals("172.17.0.2", bridge.ipAddress());
        assertEquals(16, bridge.ipPrefixLen());
        assertEquals("02:42:ac:11:00:02", bridge.macAddress());
        assertEquals(List.of(), bridge.aliases(), "Aliases null");
        assertEquals(List.of(), bridge.dnsNames(), "DNSNames arrived in API 1.45");
    }

    @Test
    void inspectOnEngine28WithAnUnhealthyOomKilledContainer() throws Exception {
        ContainerDetails c = ContainerRecords.details(json("container-inspect-28.json"));
        ContainerDetails.State s = c.state();
        assertEquals("exited", s.status());
        assertTrue(s.oomKilled());
        assertEquals(137, s.exitCode());
        assertEquals(0, s.pid());
        assertEquals(3, s.health().failingStreak());
        assertEquals(-1, s.health().log().get(1).exitCode());
        String output = s.health().log().get(0).output();
        assertTrue(output.startsWith("curl: (7) Failed to connect\nline two "), "newlines kept: " + output);
        assertClean(output);
        assertClean(c.config().labels().get("evil"));
        assertTrue(c.config().labels().get("evil").contains("red"), "the text around the escapes stays");

        assertNull(c.config().cmd(), "Cmd null is not an empty command");
        assertEquals(List.of(), c.config().exposedPorts());
        assertEquals(2_000_000_000L, c.config().healthcheck().startIntervalNanos());
        assertTrue(c.config().tty());
        assertEquals("SIGTERM", c.config().stopSignal());
        ContainerDetails.HostConfig h = c.hostConfig();
        assertEquals(-1, h.memorySwap());
        assertEquals(67108864, h.memoryReservation());
        assertEquals(1_500_000_000L, h.nanoCpus());
        assertEquals(0, h.pidsLimit(), "PidsLimit null");
        assertTrue(h.privileged());
        assertEquals(List.of(), h.capAdd());
        assertEquals("host", h.pidMode());
        assertEquals("host", h.utsMode());
        assertEquals("host", h.usernsMode());
        assertEquals("shareable", h.ipcMode());
        assertEquals(Boolean.TRUE, h.init());
        assertTrue(h.autoRemove());
        assertEquals(Map.of("/run", "rw,size=65536k"), h.tmpfs());
        assertEquals(List.of(), c.networkSettings().ports().get("9000/tcp"), "exposed, not published");
        ContainerDetails.Endpoint back = c.networkSettings().networks().get("shop_back");
        assertEquals(List.of("api", "shop-api-1"), back.aliases());
        assertEquals(List.of("shop-api-1", "api", "b3c1d9e0f7a6"), back.dnsNames());
        assertEquals(-1, c.sizeRw(), "no ?size=true");
    }

    @Test
    void missingFieldsGiveEmptyValuesNotErrors() throws Exception {
        ContainerDetails c = ContainerRecords.details(Json.MAPPER.readTree("{\"Id\":\"abc\"}"));
        assertEquals("abc", c.id());
        assertEquals("", c.name());
        assertEquals("", c.state().status());
        assertNull(c.state().health());
        assertNull(c.config().healthcheck());
        assertNull(c.config().entrypoint());
        assertEquals(List.of(), c.mounts());
        assertEquals(Map.of(), c.networkSettings().networks());
        assertEquals("", c.hostConfig().restartPolicy().name());
    }

    @Test
    void statsOnCgroupV1() throws Exception {
        ContainerStats s = ContainerRecords.stats(json("stats-cgroup1-20.10.json")).orElseThrow();
        assertEquals(52428800, s.memoryUsage());
        assertEquals(268435456, s.memoryLimit());
        assertEquals(10485760, s.cache(), "total_inactive_file, as the docker CLI subtracts");
        assertEquals(20971520L, s.memoryStats().get("cache"));
        assertFalse(s.cgroupV2());
        assertEquals(2, s.cpu().onlineCpus(), "from percpu_usage when online_cpus is absent");
        assertEquals(900000000, s.cpu().totalUsage());
        assertEquals(800000000, s.precpu().totalUsage());
        assertEquals(7, s.cpu().throttledPeriods());
        assertEquals(3, s.pids());
        assertEquals(0, s.pidsLimit());
    }

    @Test
    void statsOnCgroupV2() throws Exception {
        ContainerStats s = ContainerRecords.stats(json("stats-cgroup2-28.json")).orElseThrow();
        assertTrue(s.cgroupV2());
        assertEquals(20971520, s.cache(), "inactive_file");
        assertEquals(4, s.cpu().onlineCpus());
        assertEquals(90000000000000L, s.cpu().systemUsage());
        assertEquals(12, s.pids());
        assertEquals(100, s.pidsLimit());
    }

    @Test
    void statsOfAStoppedContainerAreEmpty() throws Exception {
        assertTrue(ContainerRecords.stats(json("stats-stopped.json")).isEmpty());
    }

    @Test
    void containerList() throws Exception {
        List<ContainerSummary> list = ContainerRecords.summaries(json("containers-28.json"));
        ContainerSummary api = list.get(0);
        assertEquals("shop-api-1", api.name());
        assertEquals("2025-06-01T08:00:00Z", api.created());
        assertEquals("running", api.state());
        assertEquals(19000, api.ports().get(0).publicPort());
        assertEquals(0, api.ports().get(1).publicPort());
        assertEquals("", api.ports().get(1).ip());
        assertEquals(List.of("shop_back"), api.networks());
        assertEquals("shopdata", api.mounts().get(0).name());
        ContainerSummary old = list.get(1);
        assertEquals("c0ffee", old.name(), "no names: the short id");
        assertEquals("", old.created());
        assertEquals(Map.of(), old.labels());
    }

    @Test
    void topAndChanges() throws Exception {
        ContainerTop top = ContainerRecords.top(json("top.json"));
        assertEquals(List.of("4242", "4301"), top.column("PID"));
        assertEquals("httpd -f -p 8080", top.column("CMD").get(0));
        assertEquals(List.of(), top.column("NOPE"));
        List<ContainerChange> changes = ContainerRecords.changes(json("changes.json"));
        assertEquals(List.of(new ContainerChange("/dev", ContainerChange.Kind.MODIFIED),
                new ContainerChange("/dev/kmsg", ContainerChange.Kind.ADDED),
                new ContainerChange("/etc/motd", ContainerChange.Kind.DELETED)), changes);
        assertEquals(List.of(), ContainerRecords.changes(Json.MAPPER.readTree("null")));
    }

    @Test
    void networks() throws Exception {
        NetworkDetails n = NetworkRecords.details(json("network-inspect-28.json"));
        assertEquals("shop_back", n.name());
        assertTrue(n.internal());
        assertFalse(n.predefined());
        assertEquals("172.20.0.0/16", n.ipam().configs().get(0).subnet());
        assertEquals("172.20.0.1", n.ipam().configs().get(0).gateway());
        assertEquals("", n.ipam().configs().get(0).ipRange());
        assertEquals(Map.of(), n.ipam().options());
        assertEquals("br-shop", n.options().get("com.docker.network.bridge.name"));
        NetworkDetails.Attached a = n.containers().values().iterator().next();
        assertEquals("shop-api-1", a.name());
        assertEquals("172.20.0.3/16", a.ipv4Address());
        List<NetworkDetails> list = NetworkRecords.list(json("networks-20.10.json"));
        assertEquals(List.of("bridge", "none"), list.stream().map(NetworkDetails::name).toList());
        assertTrue(list.get(0).predefined());
        assertEquals(List.of(), list.get(1).ipam().configs());
    }

    @Test
    void volumes() throws Exception {
        List<VolumeDetails> list = VolumeRecords.list(json("volumes-28.json"));
        assertEquals("shopdata", list.get(0).name());
        assertFalse(list.get(0).anonymous());
        assertEquals(Map.of(), list.get(0).options());
        assertNull(list.get(0).usage(), "the list does not measure");
        assertTrue(list.get(1).anonymous());
        assertEquals("tmpfs", list.get(1).options().get("type"));
        assertEquals(List.of(), VolumeRecords.list(Json.MAPPER.readTree("{\"Volumes\":null}")));
    }

    @Test
    void infoOnBothEngines() throws Exception {
        DaemonInfo i = SystemRecords.info(json("info-28.json"));
        assertEquals("2", i.cgroupVersion());
        assertEquals("io.containerd.snapshotter.v1", i.driverStatus().get("driver-type"));
        assertEquals(List.of("io.containerd.runc.v2", "runc"), i.runtimes());
        assertEquals("05044ec0a9a75232cad458027ca83437aae3f4da", i.containerdCommit());
        assertEquals(List.of("::1/128", "127.0.0.0/8"), i.insecureRegistries());
        assertEquals(List.of(), i.warnings());
        assertTrue(i.pidsLimit());
        DaemonInfo old = SystemRecords.info(json("info-20.10.json"));
        assertEquals(List.of("Backing Filesystem", "Supports d_type", "Native Overlay Diff"),
                List.copyOf(old.driverStatus().keySet()));
        assertFalse(old.swapLimit());
        assertEquals(List.of(), old.registryMirrors());
        assertEquals(1, old.warnings().size());
    }

    @Test
    void diskUsage() throws Exception {
        DiskUsage d = SystemRecords.diskUsage(json("df-28.json"));
        assertEquals(900000000, d.layersSize());
        assertEquals(List.of(), d.images().get(1).repoTags(), "<none>:<none> is not a tag");
        assertEquals(-1, d.images().get(1).sharedSize());
        assertEquals(1200, d.containers().get(0).sizeRw());
        assertEquals(5000, d.volumes().get(0).usage().size());
        assertEquals(1, d.volumes().get(0).usage().refCount());
        assertFalse(d.buildCache().get(0).inUse());
        assertEquals(3, d.buildCache().get(0).usageCount());
        DiskUsage old = SystemRecords.diskUsage(json("df-20.10.json"));
        assertEquals(List.of(), old.buildCache(), "BuildCache null");
        assertEquals(-1, old.images().get(0).containers());
    }

    /** No ESC, no C0/C1 control other than newline, no bidi override. */
    static void assertClean(String s) {
        for (char c : s.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            assertFalse(control || bidi, "unsafe U+" + Integer.toHexString(c) + " in " + s);
        }
    }
}
