package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.regex.Pattern;

/** DS205: npm install/ci in the final stage leaves ~/.npm behind. */
public final class DS205NpmCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS205", Severity.INFO, "npm cache left in the final image",
            Family.SIZE, Concept.LAYER_CACHE,
            "npm saves a copy of every tarball under ~/.npm. In the final image this cache is dead weight, often "
                    + "as large as node_modules itself.",
            "Add && npm cache clean --force to the RUN, use a cache mount on /root/.npm, or install in a build "
                    + "stage and copy node_modules.",
            List.of(), List.of());

    /** Compiled on first use: only files that run npm need it. */
    private static final class Rx {
        static final Pattern NPM_DIR = Pattern.compile("(?s).*\\.npm(\\s.*|$)");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        var last = ctx.df().finalStage();
        for (RunScript r : ctx.runsOf("npm")) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            if (last == null || Commands.cacheMountOn(r, ".npm")
                    || r.find("npm", "cache") != null || r.contains(".npm/")
                    || Rx.NPM_DIR.matcher(r.script()).matches()) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (c.is("npm", "ci") || c.is("npm", "install") || c.is("npm", "i")
                        || c.is("npm", "update") && (c.has("-g") || c.has("--global"))) {
                    report.report(r.pos(c), "npm " + c.subcommand() + " keeps ~/.npm in the final image");
                    break;
                }
            }
        }
    }
}
