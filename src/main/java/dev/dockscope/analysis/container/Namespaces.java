package dev.dockscope.analysis.container;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport.Namespace;
import java.util.ArrayList;
import java.util.List;

/** Which of the seven namespaces a container has to itself, shares with the host, or shares with another container. */
public final class Namespaces {
    private Namespaces() {
    }

    /**
     * @param cgroupVersion "1" or "2": with an unset {@code --cgroupns}, the daemon's default is private on v2 and
     *                      host on v1
     * @param usernsRemap   the daemon runs with {@code userns-remap}
     */
    public static List<Namespace> of(ContainerDetails.HostConfig h, String cgroupVersion, boolean usernsRemap) {
        List<Namespace> out = new ArrayList<>();
        out.add(mode("pid", h.pidMode(), "its own process numbers: PID 1 is its main process, host processes are invisible",
                "sees every process of the host (and can signal them as root)"));
        String net = h.networkMode();
        if (net.equals("none")) {
            out.add(new Namespace("net", "none", "", "its own network stack with only a loopback interface: no network"));
        } else {
            out.add(mode("net", net.equals("host") || net.startsWith("container:") ? net : "",
                    "its own interfaces, routes and ports (network mode " + (net.isEmpty() ? "default" : net) + ")",
                    "uses the host's interfaces and ports directly: no isolation, no port mapping"));
        }
        out.add(new Namespace("mnt", "private", "", "its own mount table: the image's layers, the writable layer and"
                + " its mounts"));
        out.add(mode("uts", h.utsMode(), "its own hostname", "the host's hostname (and may change it)"));
        String ipc = h.ipcMode();
        if (ipc.equals("shareable")) {
            out.add(new Namespace("ipc", "shareable", "", "its own shared memory and semaphores, which other containers"
                    + " may join with --ipc container:NAME"));
        } else if (ipc.equals("none")) {
            out.add(new Namespace("ipc", "none", "", "its own IPC namespace without /dev/shm"));
        } else {
            out.add(mode("ipc", ipc.equals("private") ? "" : ipc, "its own shared memory and semaphores",
                    "the host's shared memory and semaphores"));
        }
        String userns = h.usernsMode();
        if (userns.equals("host") || !usernsRemap) {
            out.add(new Namespace("user", "host", "", "the host's user ids: root in the container is uid 0 on the host"
                    + (usernsRemap ? " (--userns host)" : " (the daemon does not remap users)")));
        } else {
            out.add(new Namespace("user", "private", "", "its own user ids: root in the container is an unprivileged"
                    + " uid on the host (userns-remap)"));
        }
        String cg = h.cgroupnsMode();
        boolean cgPrivate = cg.equals("private") || cg.isEmpty() && "2".equals(cgroupVersion);
        out.add(cgPrivate
                ? new Namespace("cgroup", "private", "", "its own view of the cgroup tree: it sees its cgroup as the root")
                : new Namespace("cgroup", "host", "", "the host's view of the cgroup tree (the default on cgroup v1)"));
        return out;
    }

    private static Namespace mode(String ns, String mode, String privateText, String hostText) {
        if (mode.equals("host")) {
            return new Namespace(ns, "host", "", hostText);
        }
        if (mode.startsWith("container:")) {
            String other = mode.substring("container:".length());
            return new Namespace(ns, "container", other, "shared with container " + other + ": they see the same "
                    + switch (ns) {
                        case "pid" -> "processes";
                        case "net" -> "interfaces, IP address and ports";
                        case "ipc" -> "shared memory";
                        default -> ns;
                    });
        }
        return new Namespace(ns, "private", "", privateText);
    }
}
