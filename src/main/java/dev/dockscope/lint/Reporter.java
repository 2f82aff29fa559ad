package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Pos;

/** Where a rule reports; bound to the rule, so a finding always carries the rule's id and card. */
public interface Reporter {
    /** A finding at {@code pos} with the rule's own fix text. */
    void report(Pos pos, String message);

    /** A finding with a fix written for this case (e.g. naming the files to copy first). */
    void report(Pos pos, String message, String fix);

    default void report(Instruction at, String message) {
        report(at.pos(), message);
    }

    default void report(Instruction at, String message, String fix) {
        report(at.pos(), message, fix);
    }
}
