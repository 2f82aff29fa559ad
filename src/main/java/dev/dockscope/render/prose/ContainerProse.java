package dev.dockscope.render.prose;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.container.ExitCodes;
import dev.dockscope.model.container.AttentionFact;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerPartFacts.AppArmorFact;
import dev.dockscope.model.container.ContainerPartFacts.HopFact;
import dev.dockscope.model.container.ContainerPartFacts.MountFact;
import dev.dockscope.model.container.ContainerPartFacts.NetworkModeFact;
import dev.dockscope.model.container.ContainerPartFacts.NoteFact;
import dev.dockscope.model.container.ContainerPartFacts.PortFact;
import dev.dockscope.model.container.ContainerPartFacts.RootfsFact;
import dev.dockscope.model.container.ContainerPartFacts.SeccompFact;
import dev.dockscope.model.container.ContainerPartFacts.SelinuxFact;
import dev.dockscope.model.container.ContainerPartFacts.TagFact;
import dev.dockscope.model.container.ContainerPartFacts.UserFact;
import dev.dockscope.model.container.LimitFact;
import dev.dockscope.model.container.LimitsSummary;
import dev.dockscope.model.container.NamespaceFact;
import dev.dockscope.model.container.RestartFact;
import dev.dockscope.model.container.RiskFact;
import dev.dockscope.model.container.StateFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of {@code dockscope container}: what its state, exit code, restart policy, namespaces and cgroup
 * limits mean, and why it deserves a look (pure functions).
 */
public final class ContainerProse {
    private ContainerProse() {
    }

    /** The state as a short phrase: {@code exited 137: killed (SIGKILL)}, {@code restarting (3 restarts, policy always)}. */
    public static String summary(StateFact.Summary f) {
        StateFact s = f.state();
        return switch (s.kind()) {
            case RUNNING -> "running";
            case PAUSED -> "paused";
            case RESTARTING -> "restarting (" + s.restartCount() + " restarts, policy " + s.policy() + ")";
            case CREATED -> "created, never started";
            case DEAD -> "dead";
            case REMOVING -> "being removed";
            case COULD_NOT_START -> "exited " + s.exitCode() + ": could not start";
            case EXITED -> "exited " + s.exitCode() + ": " + exitPhrase(s.exitCode(), s.oomKilled());
        };
    }

    /** What the state means, in a sentence or two. */
    public static String meaning(StateFact.Meaning f) {
        StateFact s = f.state();
        return switch (s.kind()) {
            case RUNNING -> "PID 1 is alive; the container lives as long as it does.";
            case PAUSED -> "Its processes are frozen by the cgroup freezer: they keep their memory but get no CPU until"
                    + " docker unpause.";
            case RESTARTING -> "PID 1 exited (last status " + s.exitCode() + ": " + exitPhrase(s.exitCode(),
                    s.oomKilled()) + ") and the restart policy " + s.policy() + " is starting it again, waiting"
                    + " longer after each failure.";
            case CREATED -> "docker create made it (file system and config) but no process has run: docker start runs"
                    + " it.";
            case DEAD -> "The daemon failed to remove it (often a busy mount); docker rm -f usually finishes the job.";
            case REMOVING -> "docker rm is in progress.";
            case COULD_NOT_START -> "It never ran: " + (s.error().isEmpty() ? exitMeaning(s.exitCode(), false)
                    : s.error());
            case EXITED -> exitMeaning(s.exitCode(), s.oomKilled());
        };
    }

    /** What the restart policy does, and how often it has restarted the container. */
    public static String restart(RestartFact f) {
        int max = f.maximumRetryCount();
        String restart = switch (f.policy()) {
            case "always" -> "restart policy always: the daemon starts it again whenever it stops, and at daemon start"
                    + " (unless stopped by hand then)";
            case "unless-stopped" -> "restart policy unless-stopped: restarted whenever it exits, but not after a"
                    + " docker stop";
            case "on-failure" -> "restart policy on-failure" + (max > 0 ? ":" + max : "")
                    + ": restarted when it exits with a non-zero status" + (max > 0 ? ", at most " + max
                    + " times" : "");
            default -> "no restart policy: when PID 1 exits, the container stays stopped";
        };
        if (f.restartCount() > 0) {
            restart += "; restarted " + f.restartCount() + " time" + (f.restartCount() == 1 ? "" : "s") + " so far";
        }
        return restart;
    }

    /** An exit code as a short phrase: {@code killed (SIGKILL), OOM}, {@code command not found}. */
    public static String exitPhrase(int code, boolean oomKilled) {
        String signal = ExitCodes.signal(code);
        String s = switch (code) {
            case 0 -> "success";
            case 1 -> "the application failed";
            case 2 -> "misuse of a shell builtin or bad arguments";
            case 125 -> "docker could not run the container";
            case 126 -> "the command cannot be executed";
            case 127 -> "command not found";
            case 130 -> "interrupted (SIGINT)";
            case 137 -> "killed (SIGKILL)";
            case 139 -> "segmentation fault (SIGSEGV)";
            case 143 -> "terminated (SIGTERM)";
            default -> code > 128 && !signal.isEmpty() ? "stopped by " + signal : "the application's own code";
        };
        return oomKilled ? s + ", OOM" : s;
    }

    /** What an exit code means, as the sentence of the state section. */
    public static String exitMeaning(int code, boolean oomKilled) {
        if (oomKilled) {
            return "The kernel's out-of-memory killer ended it: the container reached its memory limit (or the host"
                    + " ran out) and its process got SIGKILL" + (code == 137 ? "." : "; exit code " + code + ".");
        }
        String signal = ExitCodes.signal(code);
        return switch (code) {
            case 0 -> "PID 1 finished on its own with status 0: nothing went wrong.";
            case 1 -> "PID 1 exited with status 1, the usual \"something failed\" from the application: read docker"
                    + " logs.";
            case 2 -> "Status 2: a shell builtin was misused or the program rejected its arguments.";
            case 125 -> "Status 125 comes from Docker itself: the container could not be started (bad flag, missing"
                    + " device, runtime error), so the command never ran.";
            case 126 -> "Status 126: the command was found but could not be executed (not executable, wrong"
                    + " architecture, or a directory).";
            case 127 -> "Status 127: the command was not found in the container's file system or PATH.";
            case 130 -> "128 + 2: PID 1 was interrupted with SIGINT (Ctrl-C on an attached terminal).";
            case 137 -> "128 + 9: PID 1 got SIGKILL, which cannot be caught: docker kill, or docker stop after its"
                    + " grace period, and OOMKilled is not set, so not the memory limit.";
            case 139 -> "128 + 11: PID 1 crashed with SIGSEGV (a segmentation fault: a bug, or a binary for another"
                    + " libc).";
            case 143 -> "128 + 15: PID 1 got SIGTERM and exited, which is what docker stop asks for: a clean stop.";
            default -> code > 128 && !signal.isEmpty()
                    ? "128 + " + (code - 128) + ": PID 1 was stopped by " + signal + "."
                    : "Status " + code + " is the application's own: its documentation says what it means.";
        };
    }

    /** Why a container deserves a look, as a short label. */
    public static String attention(AttentionFact f) {
        return switch (f.kind()) {
            case UNHEALTHY -> "unhealthy";
            case RESTARTING -> "restarting";
            case OOM_KILLED -> "OOM-killed";
            case NO_MEMORY_LIMIT -> "no memory limit";
            case PRIVILEGED -> "privileged";
            case ROOT_WITH_CAPABILITIES -> "root with extra capabilities";
        };
    }

    /** The labels joined for one line: {@code unhealthy, no memory limit}. */
    public static String attention(List<AttentionFact> facts) {
        return String.join(", ", facts.stream().map(ContainerProse::attention).toList());
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

    /** What the image reference names now, against the image the container runs. */
    public static String tag(TagFact f) {
        return switch (f.kind()) {
            case FROM_ID -> "created from an image id, not a tag";
            case GONE -> "the tag " + f.image() + " no longer exists; the image is kept because this container uses it";
            case MOVED -> "the tag " + f.image() + " now points to another image (" + ContainerDetails.shortId(f.nowId())
                    + "); this container still runs the old one";
            case SAME -> "the tag still points to this image";
        };
    }

    /** What a mount is and whether docker rm (or rm -v, or --rm) deletes it. */
    public static String mount(MountFact f) {
        return switch (f.kind()) {
            case ANONYMOUS_VOLUME -> "an anonymous volume: kept by docker rm, deleted by docker rm -v"
                    + (f.autoRemove() ? " and by --rm when the container exits" : "");
            case NAMED_VOLUME -> "a named volume: outlives docker rm and docker rm -v; only docker volume rm deletes it";
            case BIND -> "a host directory or file: it belongs to the host, docker never deletes it";
            case TMPFS -> "memory only: gone when the container stops";
            case OTHER -> f.type();
        };
    }

    /** What one hop of the runtime chain does for the container. */
    public static String hop(HopFact f) {
        return switch (f.kind()) {
            case PODMAN -> "Podman (its API service or CLI) created it; no daemon holds it while it runs";
            case CONMON -> "one per container: holds its stdio and exit status, so the container outlives podman";
            case DOCKERD -> "the Docker daemon: took the API request, set up mounts and networks";
            case CONTAINERD -> "keeps the container's lifecycle; one for all containers";
            case SHIM -> "one per container: holds its stdio and exit status, so dockerd can restart without killing it";
            case RUNTIME -> "the OCI runtime: created the namespaces and cgroup, started PID 1, then exited";
            case INIT -> "--init: a tiny init (" + (f.podman() ? "catatonit" : "tini") + ") as PID 1 that reaps zombies"
                    + " and forwards signals to the command";
            case COMMAND -> (f.init() ? "the command, child of the init" : "PID 1 in the container") + ", "
                    + (f.hostPid() > 0 ? "host PID " + f.hostPid() : "not running");
        };
    }

    /** The seccomp filter in a few words. */
    public static String note(NoteFact f) {
        return switch (f.kind()) {
            case HOST_PIDS -> "PIDs as the host numbers them (docker top); inside, the first is PID 1";
            case PROCESSES_UNREADABLE -> "the processes could not be read";
            case NOT_RUNNING -> "not running: no processes";
            case WRITABLE_LAYER -> "These changes live in the writable layer and die with docker rm; only paths under a"
                    + " volume or bind mount outlive the container (docker commit would turn them into an image layer).";
        };
    }

    public static String seccomp(SeccompFact f) {
        return switch (f.kind()) {
            case PRIVILEGED -> "unconfined (privileged)";
            case UNCONFINED -> "unconfined";
            case CUSTOM -> "custom profile";
            case DEFAULT -> "default profile (blocks about 44 risky system calls)";
            case NOT_AVAILABLE -> "not available on this daemon";
        };
    }

    /** The AppArmor profile: its name, or why there is none. */
    public static String apparmor(AppArmorFact f) {
        return switch (f.kind()) {
            case PRIVILEGED -> "unconfined (privileged)";
            case PROFILE -> f.profile();
            case NONE -> "none";
            case NOT_ENABLED -> "not enabled on the host";
        };
    }

    /** The SELinux label: the one given, or why there is none. */
    public static String selinux(SelinuxFact f) {
        return switch (f.kind()) {
            case LABEL -> f.label();
            case DEFAULT -> "default label";
            case NOT_ENABLED -> "not enabled on the host";
        };
    }

    /** The user the command runs as. */
    public static String user(UserFact f) {
        return f.user().isEmpty() ? "root (no USER set)" : f.user();
    }

    /** Where writes outside the mounts land. */
    public static String rootfs(RootfsFact f) {
        return f.readOnly() ? "the root file system is read-only (--read-only): writes only land in the mounts below"
                : "everything written outside the mounts below goes to the writable layer and dies with docker rm";
    }

    /** What the network mode gives the container. */
    public static String networkMode(NetworkModeFact f) {
        return switch (f.kind()) {
            case HOST -> "the host's own network stack: ports are the host's, no mapping";
            case NONE -> "no network: only a loopback interface";
            case CONTAINER -> "joins the network namespace of " + f.joined() + ": same IP, same ports";
            case DEFAULT_BRIDGE -> "the default bridge: reachable from the host, other containers by IP only (no DNS"
                    + " names)";
            case USER_DEFINED -> "a user-defined network: containers on it find each other by name through Docker's"
                    + " DNS";
        };
    }

    /** Who can reach a container port, and through which host port. */
    public static String port(PortFact f) {
        if (!f.published()) {
            return "exposed but not published: reachable from other containers on its networks, not from the host's"
                    + " ports";
        }
        String ip = f.hostIp();
        return "published: " + (ip.equals("0.0.0.0") || ip.equals("::") ? "every host address" : ip) + " port "
                + (f.hostPort().isEmpty() ? "(chosen when it starts)" : f.hostPort()) + " forwards to "
                + f.containerPort();
    }
}
