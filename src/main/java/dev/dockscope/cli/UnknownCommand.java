package dev.dockscope.cli;

import dev.dockscope.analysis.Suggest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What to say to {@code dockscope WORD} when WORD is no command: the closest commands, or the docker verb's twin. */
final class UnknownCommand {
    /** Docker CLI verbs people type out of habit, and the dockscope command that explains the same objects. */
    private static final Map<String, String> DOCKER_VERBS = Map.ofEntries(
            Map.entry("ps", "container"), Map.entry("inspect", "container"), Map.entry("logs", "container"),
            Map.entry("top", "container"), Map.entry("stats", "container"), Map.entry("exec", "container"),
            Map.entry("images", "image"), Map.entry("history", "image"), Map.entry("build", "lint"),
            Map.entry("info", "runtime"), Map.entry("system", "runtime"), Map.entry("ls", "image"),
            Map.entry("networks", "network"), Map.entry("volumes", "volume"), Map.entry("containers", "container"),
            Map.entry("healthcheck", "health"), Map.entry("dockerfile", "lint"), Map.entry("cards", "learn"));

    private UnknownCommand() {
    }

    static String hint(String word) {
        List<String> commands = RootCommand.SUBCOMMANDS.stream().filter(c -> !c.equals("help")).toList();
        String lower = word.toLowerCase(Locale.ROOT);
        String twin = DOCKER_VERBS.get(lower);
        if (twin != null) {
            return "Did you mean: dockscope " + twin + "? (Commands: " + String.join(", ", commands) + ".)";
        }
        List<String> close = Suggest.closest(lower, commands, 2);
        if (!close.isEmpty()) {
            return "Did you mean: " + String.join(", ", close.stream().map(c -> "dockscope " + c).toList())
                    + "? (Commands: " + String.join(", ", commands) + ".)";
        }
        return "Commands: " + String.join(", ", commands) + ". Try 'dockscope --help'.";
    }
}
