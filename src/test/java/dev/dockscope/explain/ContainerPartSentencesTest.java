package dev.dockscope.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.docker.SystemRecords;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every kind of sentence {@code dockscope container} says about a container's image tag, mounts, root file system,
 * network mode and ports, in the JSON where they are documented fields. The goldens were written before the words
 * moved from explain/ to render/prose, so they hold the words the user saw then; the move must not change one.
 */
class ContainerPartSentencesTest {
    private static ObjectNode json(String name) throws Exception {
        try (InputStream in = ContainerPartSentencesTest.class.getResourceAsStream("/engine/" + name)) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        }
    }

    private static ContainerDetails container(Consumer<ObjectNode> change) throws Exception {
        ObjectNode c = json("container-inspect-20.10.json");
        change.accept(c);
        return ContainerRecords.details(c);
    }

    private static ContainerReport report(ContainerDetails d, ContainerExplainer.TagImage tag) throws Exception {
        DaemonInfo info = SystemRecords.info(json("info-20.10.json"));
        return ContainerExplainer.assemble(d, null, null, List.of(), info, tag, List.of());
    }

    private static ObjectNode host(ObjectNode c) {
        return (ObjectNode) c.get("HostConfig");
    }

    private static ObjectNode mount(ArrayNode mounts, String type, String name, String destination) {
        ObjectNode m = mounts.addObject().put("Type", type).put("Name", name).put("Source", "/src/" + destination)
                .put("Destination", destination).put("Mode", "").put("RW", true).put("Propagation", "");
        return m;
    }

    private static Consumer<ObjectNode> everyMount(boolean autoRemove, boolean readOnly) {
        return c -> {
            ArrayNode mounts = (ArrayNode) c.get("Mounts");
            mount(mounts, "volume", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "/anon");
            mount(mounts, "tmpfs", "", "/run");
            mount(mounts, "npipe", "", "/pipe");
            host(c).put("AutoRemove", autoRemove).put("ReadonlyRootfs", readOnly).putObject("Tmpfs")
                    .put("/tmp", "rw,size=64m").put("/ro", "ro,noexec").put("/run", "size=1m");
        };
    }

    @Test
    void storageSentencesInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fixture", report(container(c -> { }), null).storage());
        m.put("everyMount", report(container(everyMount(false, false)), null).storage());
        m.put("everyMountAutoRemoveReadOnly", report(container(everyMount(true, true)), null).storage());
        Golden.assertMatches(getClass(), "storage.json", Json.write(m) + "\n");
    }

    private static Consumer<ObjectNode> ports(String mode) {
        return c -> {
            host(c).put("NetworkMode", mode);
            ObjectNode exposed = ((ObjectNode) c.get("Config")).putObject("ExposedPorts");
            exposed.putObject("8080/tcp");
            exposed.putObject("9000/udp");
            ObjectNode ports = ((ObjectNode) c.get("NetworkSettings")).putObject("Ports");
            ports.putArray("8080/tcp").addObject().put("HostIp", "127.0.0.1").put("HostPort", "18080");
            ports.putArray("443/tcp").addObject().put("HostIp", "").put("HostPort", "8443");
            ArrayNode dual = ports.putArray("53/udp");
            dual.addObject().put("HostIp", "0.0.0.0").put("HostPort", "5353");
            dual.addObject().put("HostIp", "::").put("HostPort", "5353");
            host(c).putObject("PortBindings").putArray("7000/tcp").addObject().put("HostIp", "").put("HostPort", "");
        };
    }

    @Test
    void networkSentencesInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fixture", report(container(c -> { }), null).network());
        for (String mode : new String[] {"", "default", "bridge", "host", "none", "container:web", "appnet"}) {
            m.put(mode.isEmpty() ? "empty" : mode, report(container(ports(mode)), null).network());
        }
        Golden.assertMatches(getClass(), "network.json", Json.write(m) + "\n");
    }

    @Test
    void tagSentencesInJson() throws Exception {
        ContainerDetails d = container(c -> { });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fromId", report(d, null).what().tagNote());
        m.put("gone", report(d, ContainerExplainer.TagImage.gone()).what().tagNote());
        m.put("same", report(d, new ContainerExplainer.TagImage(d.imageId())).what().tagNote());
        m.put("moved", report(d, new ContainerExplainer.TagImage("sha256:" + "ab".repeat(32))).what().tagNote());
        Golden.assertMatches(getClass(), "tag.json", Json.write(m) + "\n");
    }

    private static ContainerReport.Security security(Consumer<ObjectNode> change, String... hostOptions) throws Exception {
        ObjectNode i = json("info-20.10.json");
        ArrayNode opts = i.putArray("SecurityOptions");
        for (String o : hostOptions) {
            opts.add(o);
        }
        return ContainerExplainer.assemble(container(change), null, null, List.of(), SystemRecords.info(i), null,
                List.of()).security();
    }

    @Test
    void securitySentencesInJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fixture", report(container(c -> { }), null).security());
        m.put("privilegedRootEveryModule", security(c -> {
            ((ObjectNode) c.get("Config")).put("User", "");
            host(c).put("Privileged", true);
        }, "name=seccomp,profile=default", "name=apparmor", "name=selinux"));
        m.put("unconfinedNoProfileLabel", security(c -> {
            c.put("AppArmorProfile", "");
            host(c).putArray("SecurityOpt").add("seccomp=unconfined").add("label=type:svirt_apache_t");
        }, "name=seccomp,profile=default", "name=apparmor", "name=selinux"));
        m.put("customProfileNoModules", security(c -> {
            c.put("AppArmorProfile", "");
            host(c).putArray("SecurityOpt").add("seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\"}");
        }));
        m.put("noSeccompOnDaemon", security(c -> c.put("AppArmorProfile", "")));
        Golden.assertMatches(getClass(), "security.json", Json.write(m) + "\n");
    }

    private static List<ContainerReport.Hop> chain(boolean podman, Consumer<ObjectNode> change) throws Exception {
        return ContainerExplainer.assemble(container(change), null, null, List.of(), SystemRecords.info(
                json("info-20.10.json")), podman, null, List.of()).processes().chain();
    }

    @Test
    void chainSentencesInJson() throws Exception {
        Consumer<ObjectNode> init = c -> {
            host(c).put("Init", true);
            ((ObjectNode) c.get("State")).put("Pid", 0);
        };
        Consumer<ObjectNode> noCommand = c -> {
            c.put("Path", "");
            c.putArray("Args");
            ((ObjectNode) c.get("State")).put("Pid", 0);
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docker", chain(false, c -> { }));
        m.put("dockerInit", chain(false, c -> host(c).put("Init", true)));
        m.put("dockerInitNotRunning", chain(false, init));
        m.put("dockerNoCommand", chain(false, noCommand));
        m.put("podman", chain(true, c -> { }));
        m.put("podmanInitNotRunning", chain(true, init));
        Golden.assertMatches(getClass(), "chain.json", Json.write(m) + "\n");
    }
}
