package dev.dockscope.analysis.volume;

import dev.dockscope.model.volume.VolumeReport.Fate;
import dev.dockscope.model.volume.VolumeReport.Outcome;
import java.util.List;

/**
 * What happens to a volume's data on the commands that remove things. {@code docker rm} never removes a volume;
 * {@code rm -v} removes the container's anonymous volumes; {@code compose down} keeps volumes, {@code down -v}
 * removes the project's named volumes and its anonymous ones (never external ones); {@code volume prune} removes
 * unused volumes, and since Engine 23 (API 1.42) only anonymous ones unless {@code --all}.
 */
public final class PersistenceStory {
    private PersistenceStory() {
    }

    /**
     * @param anonymous    a 64-hex name (made by {@code -v /path} or an image's VOLUME)
     * @param project      the Compose project label, "" when none
     * @param users        how many containers (running or stopped) mount it
     * @param pruneAnonymousOnly the daemon is Engine 23 or newer (API 1.42+)
     */
    public static List<Fate> of(boolean anonymous, String project, int users, boolean pruneAnonymousOnly) {
        boolean inUse = users > 0;
        boolean compose = !project.isEmpty();
        Fate rm = new Fate("docker rm", Outcome.KEPT, "rm-keeps-volumes");
        Fate rmv = anonymous
                ? new Fate("docker rm -v", users > 1 ? Outcome.REMOVED_IF_UNUSED : Outcome.REMOVED, "anonymous")
                : new Fate("docker rm -v", Outcome.KEPT, "named");
        Fate down = new Fate("docker compose down", compose ? Outcome.KEPT : Outcome.NOT_APPLICABLE,
                compose ? "down-keeps-volumes" : "not-compose");
        Fate downV = new Fate("docker compose down -v", compose ? Outcome.REMOVED : Outcome.NOT_APPLICABLE,
                compose ? "project" : "not-compose");
        Fate prune;
        if (inUse) {
            prune = new Fate("docker volume prune", Outcome.KEPT, "in-use");
        } else if (anonymous || !pruneAnonymousOnly) {
            prune = new Fate("docker volume prune", Outcome.REMOVED, pruneAnonymousOnly ? "anonymous" : "before-23");
        } else {
            prune = new Fate("docker volume prune", Outcome.KEPT, "engine-23-named");
        }
        Fate pruneAll = new Fate("docker volume prune --all", inUse ? Outcome.KEPT : Outcome.REMOVED,
                inUse ? "in-use" : "unused");
        return List.of(rm, rmv, down, downV, prune, pruneAll);
    }

    /** Engine 23 is API 1.42: from there on a plain prune spares named volumes. */
    public static boolean pruneAnonymousOnly(String apiVersion) {
        String[] parts = apiVersion.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 1 || (major == 1 && minor >= 42);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
