package dev.dockscope.model.image;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code GET /images/json}. {@code repoTags} without the {@code <none>:<none>} placeholder; {@code created}
 * ISO-8601 UTC; {@code size} bytes; {@code containers} -1 when the daemon did not count.
 */
public record ImageSummary(String id, String parentId, List<String> repoTags, List<String> repoDigests, String created,
                           long size, long sharedSize, long containers, Map<String, String> labels) {

    /** The first tag, else the short id. */
    public String name() {
        if (!repoTags.isEmpty()) {
            return repoTags.get(0);
        }
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
