package dev.dockscope.lint.rules;

import dev.dockscope.lint.Config;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec for rules that read the build context or the config. Snippets may start with lines
 * {@code @.dockerignore: pattern|pattern}, {@code @dir: name} (creates a folder in the context) or
 * {@code @config: yaml-with-|-for-newlines}; the rest is the Dockerfile.
 */
abstract class ContextRuleSpec extends RuleSpec {
    ContextRuleSpec(Rule rule) {
        super(rule);
    }

    @Override
    List<Finding> lint(String snippet) {
        try {
            Path dir = Files.createTempDirectory("dockscope-rule");
            StringBuilder df = new StringBuilder();
            Config config = Config.EMPTY;
            for (String line : snippet.split("\n")) {
                if (line.startsWith("@.dockerignore: ")) {
                    Files.writeString(dir.resolve(".dockerignore"), line.substring(16).replace("|", "\n"));
                } else if (line.startsWith("@dir: ")) {
                    Files.createDirectories(dir.resolve(line.substring(6)));
                } else if (line.startsWith("@config: ")) {
                    Path c = dir.resolve(".dockscope.yaml");
                    Files.writeString(c, line.substring(9).replace("|", "\n"));
                    config = Config.load(c);
                } else {
                    df.append(line).append('\n');
                }
            }
            return lint(df.toString(), dir, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
