package dev.dockscope.model.files;

import java.util.List;

/**
 * A path whose stored copies the final filesystem does not show. {@code cause}: "overwritten", "deleted" or
 * "overwritten+deleted"; {@code storedIn} the layers holding the hidden bytes, {@code hiddenBy} the layers that hid
 * them (1-based).
 */
public record WastedPath(String path, long bytes, String cause, List<Integer> storedIn, List<Integer> hiddenBy) {
}
