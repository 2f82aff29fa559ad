package dev.dockscope.cli;

import dev.dockscope.explain.LiveFinder;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the composition root ({@code Dockscope}) hands to the commands: the application floor's
 * pieces that commands use but must not pick themselves.
 *
 * @param liveFinders the card finders for {@code learn} and {@code tour}, made on first use
 */
public record Wiring(Supplier<List<LiveFinder>> liveFinders) {
}
