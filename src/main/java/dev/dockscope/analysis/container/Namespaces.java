package dev.dockscope.analysis.container;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport.Namespace;
import dev.dockscope.model.container.NamespaceFact;
import dev.dockscope.model.container.NamespaceFact.Kind;
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
        out.add(mode("pid", h.pidMode(), fact(Kind.PID_PRIVATE, "pid"), fact(Kind.PID_HOST, "pid")));
        String net = h.networkMode();
        if (net.equals("none")) {
            out.add(new Namespace("net", "none", "", fact(Kind.NET_NONE, "net")));
        } else {
            out.add(mode("net", net.equals("host") || net.startsWith("container:") ? net : "",
                    new NamespaceFact(Kind.NET_PRIVATE, "net", net), fact(Kind.NET_HOST, "net")));
        }
        out.add(new Namespace("mnt", "private", "", fact(Kind.MNT_PRIVATE, "mnt")));
        out.add(mode("uts", h.utsMode(), fact(Kind.UTS_PRIVATE, "uts"), fact(Kind.UTS_HOST, "uts")));
        String ipc = h.ipcMode();
        if (ipc.equals("shareable")) {
            out.add(new Namespace("ipc", "shareable", "", fact(Kind.IPC_SHAREABLE, "ipc")));
        } else if (ipc.equals("none")) {
            out.add(new Namespace("ipc", "none", "", fact(Kind.IPC_NONE, "ipc")));
        } else {
            out.add(mode("ipc", ipc.equals("private") ? "" : ipc, fact(Kind.IPC_PRIVATE, "ipc"),
                    fact(Kind.IPC_HOST, "ipc")));
        }
        String userns = h.usernsMode();
        if (userns.equals("host") || !usernsRemap) {
            out.add(new Namespace("user", "host", "",
                    fact(usernsRemap ? Kind.USER_HOST_BY_FLAG : Kind.USER_HOST_NOT_REMAPPED, "user")));
        } else {
            out.add(new Namespace("user", "private", "", fact(Kind.USER_PRIVATE, "user")));
        }
        String cg = h.cgroupnsMode();
        boolean cgPrivate = cg.equals("private") || cg.isEmpty() && "2".equals(cgroupVersion);
        out.add(cgPrivate
                ? new Namespace("cgroup", "private", "", fact(Kind.CGROUP_PRIVATE, "cgroup"))
                : new Namespace("cgroup", "host", "", fact(Kind.CGROUP_HOST, "cgroup")));
        return out;
    }

    private static NamespaceFact fact(Kind kind, String ns) {
        return new NamespaceFact(kind, ns, "");
    }

    private static Namespace mode(String ns, String mode, NamespaceFact privateFact, NamespaceFact hostFact) {
        if (mode.equals("host")) {
            return new Namespace(ns, "host", "", hostFact);
        }
        if (mode.startsWith("container:")) {
            String other = mode.substring("container:".length());
            return new Namespace(ns, "container", other, new NamespaceFact(Kind.SHARED, ns, other));
        }
        return new Namespace(ns, "private", "", privateFact);
    }
}
