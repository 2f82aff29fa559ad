package dev.dockscope.docker;

import static dev.dockscope.docker.DaemonModels.fieldNames;
import static dev.dockscope.docker.DaemonModels.num;
import static dev.dockscope.docker.DaemonModels.str;
import static dev.dockscope.docker.DaemonModels.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.daemon.DiskUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps {@code GET /info}, {@code GET /version} and {@code GET /system/df}. */
public final class SystemRecords {
    private SystemRecords() {
    }

    public static DaemonVersion version(JsonNode v) {
        return DaemonModels.version(v);
    }

    public static DaemonInfo info(JsonNode i) {
        Map<String, String> status = new LinkedHashMap<>();
        for (JsonNode pair : i.path("DriverStatus")) {
            if (pair.size() == 2) {
                status.put(DaemonModels.line(pair.get(0).asText()), DaemonModels.line(pair.get(1).asText()));
            }
        }
        JsonNode registry = i.path("RegistryConfig");
        return new DaemonInfo(str(i, "ID"), str(i, "Name"), str(i, "ServerVersion"), str(i, "OperatingSystem"),
                str(i, "OSType"), str(i, "KernelVersion"), str(i, "Architecture"), (int) num(i, "NCPU", 0),
                num(i, "MemTotal", 0), str(i, "DockerRootDir"), str(i, "Driver"), Collections.unmodifiableMap(status),
                str(i, "CgroupDriver"), str(i, "CgroupVersion"), str(i, "DefaultRuntime"), fieldNames(i.get("Runtimes")),
                str(i, "LoggingDriver"), strings(i.path("SecurityOptions")), (int) num(i, "Containers", 0),
                (int) num(i, "ContainersRunning", 0), (int) num(i, "ContainersPaused", 0),
                (int) num(i, "ContainersStopped", 0), (int) num(i, "Images", 0), str(i.path("ContainerdCommit"), "ID"),
                str(i.path("RuncCommit"), "ID"), str(i, "InitBinary"), i.path("MemoryLimit").asBoolean(),
                i.path("SwapLimit").asBoolean(), i.path("CpuCfsQuota").asBoolean(), i.path("CPUShares").asBoolean(),
                i.path("PidsLimit").asBoolean(), i.path("OomKillDisable").asBoolean(),
                strings(registry.path("InsecureRegistryCIDRs")), strings(registry.path("Mirrors")),
                str(i, "IndexServerAddress"), strings(i.path("Labels")), strings(i.path("Warnings")));
    }

    public static DiskUsage diskUsage(JsonNode df) {
        List<DiskUsage.Image> images = new ArrayList<>();
        for (JsonNode m : df.path("Images")) {
            long created = num(m, "Created", 0);
            images.add(new DiskUsage.Image(str(m, "Id"), ImageRecords.tags(m.path("RepoTags")),
                    created > 0 ? Instant.ofEpochSecond(created).toString() : "", num(m, "Size", -1),
                    num(m, "SharedSize", -1), num(m, "Containers", 0)));
        }
        List<DiskUsage.Container> containers = new ArrayList<>();
        for (JsonNode c : df.path("Containers")) {
            containers.add(new DiskUsage.Container(str(c, "Id"), strings(c.path("Names")), str(c, "Image"),
                    str(c, "State"), num(c, "SizeRw", -1), num(c, "SizeRootFs", -1)));
        }
        List<DiskUsage.BuildCache> cache = new ArrayList<>();
        for (JsonNode b : df.path("BuildCache")) {
            cache.add(new DiskUsage.BuildCache(str(b, "ID"), str(b, "Type"), str(b, "Description"), num(b, "Size", -1),
                    b.path("InUse").asBoolean(), b.path("Shared").asBoolean(), str(b, "LastUsedAt"),
                    num(b, "UsageCount", 0)));
        }
        return new DiskUsage(num(df, "LayersSize", 0), List.copyOf(images), List.copyOf(containers),
                VolumeRecords.array(df.path("Volumes")), List.copyOf(cache));
    }
}
