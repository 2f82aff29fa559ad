package dev.dockscope.cli.docs;

/**
 * zsh completion: the bash script, loaded through zsh's bashcompinit. Self-contained (the bash script is embedded),
 * so one {@code source} line in {@code ~/.zshrc} is enough.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String wrap(String cmd, String bashScript) {
        String body = bashScript.startsWith("#!") ? bashScript.substring(bashScript.indexOf('\n') + 1) : bashScript;
        return "# zsh completion for " + cmd + ". Generated from the picocli model by scripts/gen-docs; do not edit.\n"
                + "# Install: add   source /path/to/completions/" + cmd + ".zsh   to ~/.zshrc (after compinit, if you use it).\n"
                + "# It loads the bash completion below through zsh's bashcompinit.\n"
                + "if ! whence compdef >/dev/null 2>&1; then\n"
                + "  autoload -U +X compinit && compinit\n"
                + "fi\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "\n"
                + body + (body.endsWith("\n") ? "" : "\n");
    }
}
