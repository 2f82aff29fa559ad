package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.container.Capabilities;
import dev.dockscope.analysis.container.ContainerNames;
import dev.dockscope.analysis.container.ExitCodes;
import dev.dockscope.analysis.container.Limits;
import dev.dockscope.analysis.container.Namespaces;
import dev.dockscope.analysis.container.Risks;
import dev.dockscope.analysis.container.Usage;
import dev.dockscope.concepts.Concept;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.AttentionFact;
import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerList;
import dev.dockscope.model.container.ContainerMount;
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
import dev.dockscope.model.container.ContainerReport;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.ContainerTop;
import dev.dockscope.model.container.RestartFact;
import dev.dockscope.model.container.StateFact;
import dev.dockscope.model.daemon.DaemonInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code dockscope container}: every container at a glance, or one explained part by part. */
public final class ContainerExplainer {
    static final String NEVER = "0001-01-01T00:00:00Z";
    private final Engine engine;

    public ContainerExplainer(Engine engine) {
        this.engine = engine;
    }

    // ---- the list -------------------------------------------------------------------------------------------

    public ContainerList list() {
        List<ContainerSummary> all = engine.containers(true);
        List<ContainerList.Row> rows = new ArrayList<>();
        for (ContainerSummary c : all) {
            ContainerDetails d;
            try {
                d = engine.container(c.id());
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue; // removed between the list and the inspect
                }
                throw e;
            }
            rows.add(row(d, c));
        }
        rows.sort(Comparator.comparingInt((ContainerList.Row r) -> rank(r.state())).thenComparing(ContainerList.Row::name));
        int running = (int) rows.stream().filter(r -> r.state().equals("running")).count();
        return new ContainerList(List.copyOf(rows), running, rows.size(), List.of(Concept.CONTAINER.slug()));
    }

    private static int rank(String state) {
        return switch (state) {
            case "running" -> 0;
            case "restarting" -> 1;
            case "paused" -> 2;
            default -> 3;
        };
    }

    private static ContainerList.Row row(ContainerDetails d, ContainerSummary c) {
        ContainerDetails.State s = d.state();
        ContainerDetails.HostConfig h = d.hostConfig();
        Set<String> caps = Capabilities.effective(h.privileged(), h.capAdd(), h.capDrop());
        String since = s.running() || s.paused() || s.restarting() ? s.startedAt()
                : isNever(s.startedAt()) ? d.created() : s.finishedAt();
        List<String> ports = new ArrayList<>();
        for (ContainerSummary.PortEntry p : c.ports()) {
            ports.add(p.publicPort() > 0 ? (p.ip().isEmpty() ? "" : p.ip() + ":") + p.publicPort() + "→" + p.privatePort()
                    + "/" + p.type() : p.privatePort() + "/" + p.type());
        }
        return new ContainerList.Row(d.name(), d.id(), d.config().image(), s.status(), stateView(d).summary(),
                s.exitCode(), s.oomKilled(), s.health() == null ? "" : s.health().status(), since, h.memory(),
                Limits.nanoCpus(h), h.pidsLimit(), Limits.summary(h), List.copyOf(ports), Risks.attention(d, caps));
    }

    // ---- one container --------------------------------------------------------------------------------------

    public ContainerReport explain(String wanted) {
        ContainerNames.Match match = ContainerNames.resolve(engine.containers(true), wanted);
        ContainerDetails d = gone(() -> engine.container(match.container().id()), wanted);
        List<String> notes = new ArrayList<>();
        if (!match.note().isEmpty()) {
            notes.add(match.note());
        }
        DaemonInfo info = engine.info();
        boolean podman = engine.version().podman();
        boolean live = d.state().running() || d.state().paused();
        ContainerStats stats = d.state().running() ? optional(() -> engine.stats(d.id()), notes, "stats") : null;
        ContainerTop top = live ? optional(() -> engine.top(d.id()), notes, "processes") : null;
        List<ContainerChange> changes = changes(d.id(), notes);

        return assemble(d, stats, top, changes, info, podman, tagImage(d), notes);
    }

    /**
     * The report from what the daemon said (pure: no daemon calls). {@code stats}/{@code top} null when not
     * running, {@code changes} null when they could not be read, {@code tagImage} what the container's image
     * reference names now ({@link TagImage#gone()} when the tag no longer exists, null when it is an id).
     */
    public static ContainerReport assemble(ContainerDetails d, ContainerStats stats, ContainerTop top,
                                           List<ContainerChange> changes, DaemonInfo info, TagImage tagImage,
                                           List<String> notes) {
        return assemble(d, stats, top, changes, info, false, tagImage, notes);
    }

    /** The same, for an engine that is Podman ({@code podman}: its runtime chain and cgroup names differ). */
    public static ContainerReport assemble(ContainerDetails d, ContainerStats stats, ContainerTop top,
                                           List<ContainerChange> changes, DaemonInfo info, boolean podman,
                                           TagImage tagImage, List<String> notes) {
        Set<String> caps = Capabilities.effective(d.hostConfig().privileged(), d.hostConfig().capAdd(),
                d.hostConfig().capDrop());
        ContainerReport.Security security = security(d, caps, info);
        List<AttentionFact> attention = new ArrayList<>(Risks.attention(d, caps));
        return new ContainerReport(d.id(), d.name(), what(d, tagImage), changes(changes), processes(d, top, info, podman),
                isolation(d, stats, info), storage(d), network(d), security, health(d), List.copyOf(attention),
                List.copyOf(notes));
    }

    /** The image a tag names now: its id, or {@code ""} when the tag is gone. */
    public record TagImage(String id) {
        public static TagImage gone() {
            return new TagImage("");
        }
    }

    private TagImage tagImage(ContainerDetails d) {
        String ref = d.config().image();
        if (createdFromId(d)) {
            return null;
        }
        try {
            return new TagImage(engine.image(ref).id());
        } catch (DockscopeException e) {
            if (e.exitCode() != ExitCode.NOT_FOUND) {
                throw e;
            }
            return TagImage.gone();
        }
    }

    private static boolean createdFromId(ContainerDetails d) {
        String ref = d.config().image();
        return ref.startsWith("sha256:") || d.imageId().endsWith(ref) || d.imageId().startsWith("sha256:" + ref);
    }

    private static <T> T gone(Supplier<T> call, String wanted) {
        try {
            return call.get();
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                throw DockscopeException.notFound("container \"" + wanted + "\" was removed while dockscope read it",
                        "docker ps -a lists the containers there are now.");
            }
            throw e;
        }
    }

    private static <T> T optional(Supplier<Optional<T>> call, List<String> notes, String what) {
        try {
            return call.get().orElse(null);
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                notes.add("The container stopped or was removed while dockscope read its " + what + ".");
                return null;
            }
            throw e;
        }
    }

    private List<ContainerChange> changes(String id, List<String> notes) {
        try {
            return engine.changes(id);
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                notes.add("The container was removed before its changes could be read.");
                return null;
            }
            throw e;
        }
    }

    static boolean isNever(String iso) {
        return iso == null || iso.isEmpty() || iso.startsWith("0001-01-01");
    }

    // ---- 1. what it is --------------------------------------------------------------------------------------

    private static ContainerReport.What what(ContainerDetails d, TagImage tag) {
        String ref = d.config().image();
        String nowId;
        boolean moved;
        TagFact note;
        if (tag == null) {
            note = new TagFact(TagFact.Kind.FROM_ID, ref, d.imageId());
            nowId = d.imageId();
            moved = false;
        } else if (tag.id().isEmpty()) {
            note = new TagFact(TagFact.Kind.GONE, ref, "");
            nowId = "";
            moved = true;
        } else {
            nowId = tag.id();
            moved = !tag.id().equals(d.imageId());
            note = new TagFact(moved ? TagFact.Kind.MOVED : TagFact.Kind.SAME, ref, tag.id());
        }
        return new ContainerReport.What(ref, d.imageId(), nowId, moved, note, d.sizeRw(), d.sizeRootFs(), d.created(),
                d.state().startedAt(), d.state().finishedAt(), stateView(d), List.of(Concept.CONTAINER.slug()));
    }

    static ContainerReport.StateView stateView(ContainerDetails d) {
        ContainerDetails.State s = d.state();
        ContainerDetails.RestartPolicy rp = d.hostConfig().restartPolicy();
        String policy = rp == null || rp.name().isEmpty() ? "no" : rp.name();
        int maxRetries = rp == null ? 0 : rp.maximumRetryCount();
        boolean neverStarted = isNever(s.startedAt());
        StateFact.Kind kind = switch (s.status()) {
            case "running" -> StateFact.Kind.RUNNING;
            case "paused" -> StateFact.Kind.PAUSED;
            case "restarting" -> StateFact.Kind.RESTARTING;
            case "created" -> StateFact.Kind.CREATED;
            case "dead" -> StateFact.Kind.DEAD;
            case "removing" -> StateFact.Kind.REMOVING;
            default -> neverStarted && s.exitCode() != 0 ? StateFact.Kind.COULD_NOT_START : StateFact.Kind.EXITED;
        };
        StateFact state = new StateFact(kind, s.exitCode(), s.oomKilled(), s.error(), d.restartCount(), policy);
        return new ContainerReport.StateView(s.status(), s.running(), s.paused(), s.restarting(), s.oomKilled(),
                s.dead(), neverStarted && !s.running(), s.exitCode(),
                s.running() ? "" : ExitCodes.signal(s.exitCode()), s.error(), d.restartCount(), policy, maxRetries,
                state.summary(), state.meaning(), new RestartFact(policy, maxRetries, d.restartCount()));
    }

    private static ContainerReport.Changes changes(List<ContainerChange> changes) {
        List<String> concepts = List.of(Concept.CONTAINER.slug(), Concept.VOLUME.slug());
        NoteFact note = new NoteFact(NoteFact.Kind.WRITABLE_LAYER);
        if (changes == null) {
            return new ContainerReport.Changes(false, 0, 0, 0, List.of(), List.of(), note, concepts);
        }
        int a = 0;
        int m = 0;
        int del = 0;
        Map<String, int[]> dirs = new LinkedHashMap<>();
        for (ContainerChange c : changes) {
            String p = c.path();
            int slash = p.indexOf('/', 1);
            String top = slash < 0 ? p : p.substring(0, slash);
            int[] n = dirs.computeIfAbsent(top, k -> new int[3]);
            switch (c.kind()) {
                case ADDED -> { a++; n[0]++; }
                case MODIFIED -> { m++; n[1]++; }
                case DELETED -> { del++; n[2]++; }
            }
        }
        List<ContainerReport.DirCount> top = dirs.entrySet().stream()
                .map(e -> new ContainerReport.DirCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt((ContainerReport.DirCount x) -> -(x.added() + x.modified() + x.deleted()))
                        .thenComparing(ContainerReport.DirCount::directory))
                .limit(8).toList();
        // the deepest entries say most: a directory is listed as modified whenever something under it changed
        List<ContainerChange> sample = changes.stream()
                .filter(c -> changes.stream().noneMatch(o -> o.path().startsWith(c.path() + "/")))
                .sorted(Comparator.comparing(ContainerChange::path)).limit(10).toList();
        return new ContainerReport.Changes(true, a, m, del, top, sample, note, concepts);
    }

    // ---- 2. processes and the runtime chain -----------------------------------------------------------------

    private static ContainerReport.Processes processes(ContainerDetails d, ContainerTop top, DaemonInfo info,
                                                       boolean podman) {
        String named = d.hostConfig().runtime();
        // Podman answers "oci" for the runtime it was configured with: its /info names the real one
        String runtime = named.isEmpty() || podman && named.equals("oci") ? info.defaultRuntime() : named;
        List<String> cmd = new ArrayList<>();
        cmd.add(d.path());
        cmd.addAll(d.args());
        String command = String.join(" ", cmd).strip();
        Boolean init = d.hostConfig().init();
        List<ContainerReport.Hop> chain = new ArrayList<>();
        if (podman) {
            chain.add(new ContainerReport.Hop("podman", HopFact.of(HopFact.Kind.PODMAN)));
            chain.add(new ContainerReport.Hop("conmon", HopFact.of(HopFact.Kind.CONMON)));
        } else {
            chain.add(new ContainerReport.Hop("dockerd", HopFact.of(HopFact.Kind.DOCKERD)));
            chain.add(new ContainerReport.Hop("containerd", HopFact.of(HopFact.Kind.CONTAINERD)));
            chain.add(new ContainerReport.Hop("containerd-shim-" + runtime + "-v2", HopFact.of(HopFact.Kind.SHIM)));
        }
        chain.add(new ContainerReport.Hop(runtime, HopFact.of(HopFact.Kind.RUNTIME)));
        if (Boolean.TRUE.equals(init)) {
            chain.add(new ContainerReport.Hop(podman ? "catatonit" : "docker-init",
                    new HopFact(HopFact.Kind.INIT, podman, true, 0)));
        }
        chain.add(new ContainerReport.Hop(command.isEmpty() ? "(no command)" : command, new HopFact(HopFact.Kind.COMMAND,
                podman, Boolean.TRUE.equals(init), Math.max(d.state().pid(), 0))));
        String cgroupPath = podman
                ? "systemd".equals(info.cgroupDriver()) ? "/machine.slice/libpod-" + d.id() + ".scope"
                        : "/libpod_parent/libpod-" + d.id()
                : "systemd".equals(info.cgroupDriver()) ? "/system.slice/docker-" + d.id() + ".scope"
                        : "/docker/" + d.id();
        List<ContainerReport.Proc> procs = new ArrayList<>();
        NoteFact topNote;
        if (top != null) {
            for (List<String> row : top.processes()) {
                procs.add(new ContainerReport.Proc(cell(top, row, "PID"), cell(top, row, "PPID"), cell(top, row, "UID"),
                        cell(top, row, "CMD")));
            }
            topNote = new NoteFact(NoteFact.Kind.HOST_PIDS);
        } else {
            topNote = new NoteFact(d.state().running() || d.state().paused() ? NoteFact.Kind.PROCESSES_UNREADABLE
                    : NoteFact.Kind.NOT_RUNNING);
        }
        return new ContainerReport.Processes(List.copyOf(chain), d.state().pid(), command, init, runtime,
                info.cgroupDriver(), cgroupPath, List.copyOf(procs), topNote, List.of(Concept.RUNTIME.slug()));
    }

    private static String cell(ContainerTop top, List<String> row, String title) {
        int i = top.titles().indexOf(title);
        if (i < 0 && title.equals("UID")) {
            i = top.titles().indexOf("USER");
        }
        if (i < 0 && title.equals("CMD")) {
            i = top.titles().indexOf("COMMAND");
        }
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    // ---- 3. isolation ---------------------------------------------------------------------------------------

    private static ContainerReport.Isolation isolation(ContainerDetails d, ContainerStats stats, DaemonInfo info) {
        boolean remap = info.securityOptions().stream().anyMatch(o -> o.contains("name=userns"));
        String cgv = info.cgroupVersion().isEmpty() ? "1" : info.cgroupVersion();
        double cpu = stats == null ? Double.NaN : Usage.cpuPercent(stats);
        return new ContainerReport.Isolation(Namespaces.of(d.hostConfig(), cgv, remap), Limits.of(d.hostConfig(), stats),
                stats != null, cgv, Double.isNaN(cpu) ? -1 : cpu, stats == null ? -1 : Usage.memoryNetOfCache(stats),
                stats == null ? -1 : stats.cache(), List.of(Concept.NAMESPACE_CGROUP.slug()));
    }

    // ---- 4. storage -----------------------------------------------------------------------------------------

    private static ContainerReport.Storage storage(ContainerDetails d) {
        List<ContainerReport.Mount> mounts = new ArrayList<>();
        for (ContainerMount m : d.mounts()) {
            boolean anonymous = m.type().equals("volume") && m.name().matches("[0-9a-f]{64}");
            boolean survivesRm;
            boolean survivesRmV;
            MountFact.Kind kind;
            switch (m.type()) {
                case "volume" -> {
                    survivesRm = !(anonymous && d.hostConfig().autoRemove());
                    survivesRmV = !anonymous;
                    kind = anonymous ? MountFact.Kind.ANONYMOUS_VOLUME : MountFact.Kind.NAMED_VOLUME;
                }
                case "bind" -> {
                    survivesRm = true;
                    survivesRmV = true;
                    kind = MountFact.Kind.BIND;
                }
                case "tmpfs" -> {
                    survivesRm = false;
                    survivesRmV = false;
                    kind = MountFact.Kind.TMPFS;
                }
                default -> {
                    survivesRm = true;
                    survivesRmV = true;
                    kind = MountFact.Kind.OTHER;
                }
            }
            MountFact why = new MountFact(kind, m.type(), d.hostConfig().autoRemove());
            mounts.add(new ContainerReport.Mount(m.type(), m.name(), anonymous, m.source(), m.destination(), m.rw(),
                    m.mode(), m.propagation(), survivesRm, survivesRmV, why));
        }
        for (Map.Entry<String, String> t : d.hostConfig().tmpfs().entrySet()) {
            if (mounts.stream().noneMatch(m -> m.destination().equals(t.getKey()))) {
                boolean ro = (',' + t.getValue() + ',').contains(",ro,");
                mounts.add(new ContainerReport.Mount("tmpfs", "", false, "", t.getKey(), !ro, t.getValue(), "", false,
                        false, new MountFact(MountFact.Kind.TMPFS, "tmpfs", d.hostConfig().autoRemove())));
            }
        }
        mounts.sort(Comparator.comparing(ContainerReport.Mount::destination));
        RootfsFact rootfs = new RootfsFact(d.hostConfig().readonlyRootfs());
        return new ContainerReport.Storage(List.copyOf(mounts), d.hostConfig().readonlyRootfs(), rootfs,
                List.of(Concept.VOLUME.slug()));
    }

    // ---- 5. network -----------------------------------------------------------------------------------------

    private static ContainerReport.Network network(ContainerDetails d) {
        String mode = d.hostConfig().networkMode().isEmpty() ? "default" : d.hostConfig().networkMode();
        NetworkModeFact why;
        if (mode.equals("host")) {
            why = new NetworkModeFact(NetworkModeFact.Kind.HOST, "");
        } else if (mode.equals("none")) {
            why = new NetworkModeFact(NetworkModeFact.Kind.NONE, "");
        } else if (mode.startsWith("container:")) {
            why = new NetworkModeFact(NetworkModeFact.Kind.CONTAINER, mode.substring(10));
        } else if (mode.equals("bridge") || mode.equals("default")) {
            why = new NetworkModeFact(NetworkModeFact.Kind.DEFAULT_BRIDGE, "");
        } else {
            why = new NetworkModeFact(NetworkModeFact.Kind.USER_DEFINED, "");
        }
        List<ContainerReport.Attachment> nets = new ArrayList<>();
        for (Map.Entry<String, ContainerDetails.Endpoint> e : d.networkSettings().networks().entrySet()) {
            ContainerDetails.Endpoint ep = e.getValue();
            nets.add(new ContainerReport.Attachment(e.getKey(), ep.ipAddress(), ep.ipPrefixLen(), ep.gateway(),
                    ep.macAddress(), ep.aliases(), ep.dnsNames()));
        }
        List<ContainerReport.Port> ports = new ArrayList<>();
        Map<String, List<ContainerDetails.PortBinding>> map = new java.util.TreeMap<>(d.networkSettings().ports());
        for (String exposed : d.config().exposedPorts()) {
            map.putIfAbsent(exposed, List.of());
        }
        d.hostConfig().portBindings().forEach(map::putIfAbsent);
        for (Map.Entry<String, List<ContainerDetails.PortBinding>> e : map.entrySet()) {
            if (e.getValue().isEmpty()) {
                ports.add(new ContainerReport.Port(e.getKey(), false, "", "",
                        new PortFact(false, "", "", e.getKey())));
            }
            for (ContainerDetails.PortBinding b : e.getValue()) {
                String ip = b.hostIp().isEmpty() ? "0.0.0.0" : b.hostIp();
                ports.add(new ContainerReport.Port(e.getKey(), true, ip, b.hostPort(),
                        new PortFact(true, ip, b.hostPort(), e.getKey())));
            }
        }
        return new ContainerReport.Network(mode, why, List.copyOf(nets), List.copyOf(ports),
                List.of(Concept.NETWORK.slug()));
    }

    // ---- 6. security ----------------------------------------------------------------------------------------

    private static ContainerReport.Security security(ContainerDetails d, Set<String> caps, DaemonInfo info) {
        ContainerDetails.HostConfig h = d.hostConfig();
        List<String> opts = h.securityOpt();
        String seccompOpt = Risks.option(opts, "seccomp");
        boolean seccompOnHost = info.securityOptions().stream().anyMatch(o -> o.contains("name=seccomp"));
        SeccompFact seccomp = new SeccompFact(h.privileged() ? SeccompFact.Kind.PRIVILEGED
                : seccompOpt != null ? (seccompOpt.equals("unconfined") ? SeccompFact.Kind.UNCONFINED
                : SeccompFact.Kind.CUSTOM)
                : seccompOnHost ? SeccompFact.Kind.DEFAULT : SeccompFact.Kind.NOT_AVAILABLE);
        AppArmorFact apparmor = h.privileged() ? new AppArmorFact(AppArmorFact.Kind.PRIVILEGED, "")
                : !d.appArmorProfile().isEmpty() ? new AppArmorFact(AppArmorFact.Kind.PROFILE, d.appArmorProfile())
                : new AppArmorFact(info.securityOptions().stream().anyMatch(o -> o.contains("name=apparmor"))
                ? AppArmorFact.Kind.NONE : AppArmorFact.Kind.NOT_ENABLED, "");
        String label = Risks.option(opts, "label");
        SelinuxFact selinux = label != null ? new SelinuxFact(SelinuxFact.Kind.LABEL, label)
                : new SelinuxFact(info.securityOptions().stream().anyMatch(o -> o.contains("name=selinux"))
                ? SelinuxFact.Kind.DEFAULT : SelinuxFact.Kind.NOT_ENABLED, "");
        String user = d.config().user();
        List<String> effective = caps == null ? null : List.copyOf(caps);
        return new ContainerReport.Security(new UserFact(user), Risks.runsAsRoot(user),
                h.privileged(), h.capAdd(), h.capDrop(), effective, Capabilities.addedBeyondDefault(caps),
                Capabilities.droppedFromDefault(caps), Capabilities.DEFAULT, seccomp, apparmor, selinux,
                Risks.noNewPrivileges(opts), h.readonlyRootfs(), h.devices(), Risks.security(d, caps, seccomp.kind() == SeccompFact.Kind.UNCONFINED),
                List.of(Concept.CONTAINER.slug(), Concept.NAMESPACE_CGROUP.slug()));
    }

    // ---- 7. health ------------------------------------------------------------------------------------------

    private static ContainerReport.HealthSummary health(ContainerDetails d) {
        ContainerDetails.Health h = d.state().health();
        boolean configured = h != null || d.config().healthcheck() != null && !d.config().healthcheck().disabled();
        String last = "";
        if (h != null && !h.log().isEmpty()) {
            last = firstLine(h.log().get(h.log().size() - 1).output());
        }
        return new ContainerReport.HealthSummary(configured, h == null ? "none" : h.status(),
                h == null ? 0 : h.failingStreak(), last, "dockscope health " + d.name(),
                List.of(Concept.HEALTH_CHECK.slug()));
    }

    static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
