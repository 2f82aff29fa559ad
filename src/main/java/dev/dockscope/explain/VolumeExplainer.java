package dev.dockscope.explain;

import dev.dockscope.analysis.volume.PersistenceStory;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.volume.VolumeDetails;
import dev.dockscope.model.volume.VolumeReport;
import dev.dockscope.model.volume.VolumeReport.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code dockscope volume}: volumes with their sizes and users, binds and tmpfs mounts; one volume's story. */
public final class VolumeExplainer {
    static final String PROJECT = "com.docker.compose.project";
    static final List<String> CONCEPTS = List.of("volume");
    /** Inspecting every container finds {@code --tmpfs} mounts; beyond this many containers only the list is read. */
    static final int MAX_INSPECT = 200;
    private final Engine engine;

    public VolumeExplainer(Engine engine) {
        this.engine = engine;
    }

    public VolumeReport.Overview list() {
        Map<String, Long> sizes = sizes();
        List<ContainerSummary> containers = engine.containers(true);
        Map<String, List<Use>> users = users(containers);
        List<VolumeReport.Row> rows = new ArrayList<>();
        long dangling = 0;
        for (VolumeDetails v : engine.volumes()) {
            List<Use> u = users.getOrDefault(v.name(), List.of());
            long size = sizes.getOrDefault(v.name(), -1L);
            if (u.isEmpty() && size > 0) {
                dangling += size;
            }
            rows.add(new VolumeReport.Row(v.name(), v.driver(), size, u.isEmpty(), v.anonymous(),
                    v.labels().getOrDefault(PROJECT, ""), List.copyOf(u)));
        }
        rows.sort(Comparator.comparing((VolumeReport.Row r) -> r.anonymous()).thenComparing(VolumeReport.Row::name));
        List<VolumeReport.Bind> binds = new ArrayList<>();
        List<VolumeReport.Tmpfs> tmpfs = new ArrayList<>();
        for (ContainerSummary c : containers) {
            for (ContainerMount m : c.mounts()) {
                if (m.type().equals("bind")) {
                    binds.add(new VolumeReport.Bind(c.name(), m.source(), m.destination(), !m.rw()));
                } else if (m.type().equals("tmpfs")) {
                    tmpfs.add(new VolumeReport.Tmpfs(c.name(), m.destination(), ""));
                }
            }
        }
        if (containers.size() <= MAX_INSPECT) {
            for (ContainerSummary c : containers) {
                ContainerDetails d;
                try {
                    d = engine.container(c.id());
                } catch (dev.dockscope.DockscopeException gone) {
                    continue;
                }
                d.hostConfig().tmpfs().forEach((dest, opts) -> {
                    if (tmpfs.stream().noneMatch(t -> t.container().equals(c.name()) && t.destination().equals(dest))) {
                        tmpfs.add(new VolumeReport.Tmpfs(c.name(), dest, opts));
                    }
                });
            }
        }
        binds.sort(Comparator.comparing(VolumeReport.Bind::container).thenComparing(VolumeReport.Bind::destination));
        tmpfs.sort(Comparator.comparing(VolumeReport.Tmpfs::container).thenComparing(VolumeReport.Tmpfs::destination));
        return new VolumeReport.Overview(List.copyOf(rows), List.copyOf(binds), List.copyOf(tmpfs), dangling, CONCEPTS);
    }

    public VolumeReport.View one(String name) {
        VolumeDetails v = engine.volume(name);
        List<Use> u = users(engine.containers(true)).getOrDefault(v.name(), List.of());
        long size = sizes().getOrDefault(v.name(), -1L);
        String project = v.labels().getOrDefault(PROJECT, "");
        boolean anonymousOnly = PersistenceStory.pruneAnonymousOnly(engine.version().apiVersion());
        return new VolumeReport.View(v.name(), v.driver(), v.mountpoint(), v.createdAt(), v.scope(), v.options(),
                v.labels(), size, v.anonymous(), project, List.copyOf(u),
                PersistenceStory.of(v.anonymous(), project, u.size(), anonymousOnly), CONCEPTS);
    }

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new HashMap<>();
        for (VolumeDetails v : engine.systemDf().volumes()) {
            if (v.usage() != null) {
                sizes.put(v.name(), v.usage().size());
            }
        }
        return sizes;
    }

    private static Map<String, List<Use>> users(List<ContainerSummary> containers) {
        Map<String, List<Use>> users = new HashMap<>();
        for (ContainerSummary c : containers) {
            for (ContainerMount m : c.mounts()) {
                if (m.type().equals("volume") && !m.name().isEmpty()) {
                    users.computeIfAbsent(m.name(), k -> new ArrayList<>())
                            .add(new Use(c.name(), m.destination(), !m.rw()));
                }
            }
        }
        users.values().forEach(l -> l.sort(Comparator.comparing(Use::container).thenComparing(Use::destination)));
        return users;
    }
}
