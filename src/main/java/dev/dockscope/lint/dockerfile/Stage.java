package dev.dockscope.lint.dockerfile;

import java.util.List;
import java.util.Locale;

/**
 * One build stage: its FROM and the instructions up to the next FROM.
 *
 * @param index        0-based
 * @param name         the {@code AS} name as written, or null
 * @param image        the base image reference as written (may hold variables)
 * @param from         the FROM instruction
 * @param instructions the instructions after FROM, in order
 */
public record Stage(int index, String name, String image, Instruction from, List<Instruction> instructions) {

    /** The name lower-cased (stage names are case-insensitive), or null. */
    public String key() {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The name, or the index as text (how {@code COPY --from=0} refers to it). */
    public String label() {
        return name != null ? name : Integer.toString(index);
    }
}
