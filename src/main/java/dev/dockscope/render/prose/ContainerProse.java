package dev.dockscope.render.prose;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.model.container.LimitFact;
import dev.dockscope.model.container.LimitsSummary;
import dev.dockscope.model.container.NamespaceFact;
import dev.dockscope.model.container.RiskFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences of {@code dockscope container}: what its namespaces and cgroup limits mean (pure functions). */
public final class ContainerProse {
    private ContainerProse() {
    }

    /** One limit in words: what happens at it, or what being unlimited allows. */
    public static String limit(LimitFact f) {
        return switch (f.kind()) {
            case MEMORY -> "the kernel reclaims and then OOM-kills the container's processes beyond "
                    + Bytes.human(f.value());
            case MEMORY_UNLIMITED -> "no limit: it may take all of the host's memory, and the host's OOM killer picks "
                    + "a victim";
            case SWAP_UNLIMITED -> "unlimited swap on top of the memory limit";
            case SWAP_AS_MUCH_AS_MEMORY -> "as much swap as memory (memory + swap = twice the limit), if the host has "
                    + "swap";
            case SWAP_NONE -> "no swap: memory + swap equals the memory limit";
            case SWAP_EXTRA -> Bytes.human(f.value()) + " of swap on top of the memory limit";
            case SWAP_NO_MEMORY_LIMIT -> "no memory limit, so no swap limit either";
            case CPU -> "at most " + cpus(f.value()) + " CPUs of time per scheduling period; beyond it the CFS "
                    + "throttles it";
            case CPU_UNLIMITED -> "no CPU cap: it may use every CPU (it competes by shares)";
            case SHARES -> "weight " + f.value() + " against the default 1024, only when CPUs are contended";
            case SHARES_DEFAULT -> "the default weight 1024 when CPUs are contended";
            case CPUSET -> "runs only on CPUs " + f.cpus();
            case CPUSET_ANY -> "may run on any CPU";
            case PIDS -> "at most " + f.value() + " processes and threads: fork fails beyond it";
            case PIDS_UNLIMITED -> "no limit: a fork bomb inside can exhaust the host's process table";
            case BLKIO -> "disk I/O weight " + f.value() + " (10 to 1000) against other cgroups";
            case BLKIO_DEFAULT -> "the default disk I/O weight";
        };
    }

    /** One namespace in words: what the container sees of its own and of the host. */
    public static String namespace(NamespaceFact f) {
        return switch (f.kind()) {
            case PID_PRIVATE -> "its own process numbers: PID 1 is its main process, host processes are invisible";
            case PID_HOST -> "sees every process of the host (and can signal them as root)";
            case NET_PRIVATE -> "its own interfaces, routes and ports (network mode "
                    + (f.detail().isEmpty() ? "default" : f.detail()) + ")";
            case NET_HOST -> "uses the host's interfaces and ports directly: no isolation, no port mapping";
            case NET_NONE -> "its own network stack with only a loopback interface: no network";
            case MNT_PRIVATE -> "its own mount table: the image's layers, the writable layer and its mounts";
            case UTS_PRIVATE -> "its own hostname";
            case UTS_HOST -> "the host's hostname (and may change it)";
            case IPC_PRIVATE -> "its own shared memory and semaphores";
            case IPC_HOST -> "the host's shared memory and semaphores";
            case IPC_SHAREABLE -> "its own shared memory and semaphores, which other containers may join with --ipc "
                    + "container:NAME";
            case IPC_NONE -> "its own IPC namespace without /dev/shm";
            case USER_PRIVATE -> "its own user ids: root in the container is an unprivileged uid on the host "
                    + "(userns-remap)";
            case USER_HOST_BY_FLAG -> "the host's user ids: root in the container is uid 0 on the host (--userns host)";
            case USER_HOST_NOT_REMAPPED -> "the host's user ids: root in the container is uid 0 on the host (the daemon "
                    + "does not remap users)";
            case CGROUP_PRIVATE -> "its own view of the cgroup tree: it sees its cgroup as the root";
            case CGROUP_HOST -> "the host's view of the cgroup tree (the default on cgroup v1)";
            case SHARED -> "shared with container " + f.detail() + ": they see the same " + switch (f.namespace()) {
                case "pid" -> "processes";
                case "net" -> "interfaces, IP address and ports";
                case "ipc" -> "shared memory";
                default -> f.namespace();
            };
        };
    }

    /** The limits that are set, in words: {@code mem 64.0 MB, 0.5 CPU, pids 50}; "" when none. */
    public static String limits(LimitsSummary l) {
        List<String> parts = new ArrayList<>();
        if (l.memory() > 0) {
            parts.add("mem " + Bytes.human(l.memory()));
        }
        if (l.nanoCpus() > 0) {
            parts.add(cpus(l.nanoCpus()) + " CPU");
        }
        if (!l.cpuset().isEmpty()) {
            parts.add("cpuset " + l.cpuset());
        }
        if (l.pids() > 0) {
            parts.add("pids " + l.pids());
        }
        return String.join(", ", parts);
    }

    /** A security setting that deserves a look, and what it exposes. */
    public static String risk(RiskFact r) {
        return switch (r.kind()) {
            case PRIVILEGED -> "privileged: every capability, every device, no seccomp or AppArmor confinement: root "
                    + "in it is root on the host";
            case DANGEROUS_CAPABILITIES -> "powerful capabilities added: " + String.join(", ", r.capabilities());
            case ROOT_WITH_CAPABILITIES -> "runs as root with capabilities beyond Docker's default set";
            case SECCOMP_OFF -> "seccomp is off: every system call is allowed";
            case HOST_PID -> "shares the host's PID namespace: it sees and may signal host processes";
            case HOST_NETWORK -> "uses the host's network stack";
            case DOCKER_SOCKET -> "the Docker socket is mounted at " + r.path() + ": whoever controls the container "
                    + "controls the daemon";
            case DEVICES -> r.count() + " host device(s) passed in";
        };
    }

    /** 1e-9 CPUs as a count of CPUs: 1500000000 as {@code 1.5}, 2000000000 as {@code 2}. */
    public static String cpus(long nanoCpus) {
        double c = nanoCpus / 1e9;
        return c == Math.rint(c) ? String.valueOf((long) c) : String.format(Locale.ROOT, "%.2f", c)
                .replaceAll("0+$", "");
    }
}
