package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.lint.Config;
import dev.dockscope.lint.DockerfileSource;
import dev.dockscope.lint.FailOn;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.LintRun;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Rules;
import dev.dockscope.render.lint.LintFormat;
import dev.dockscope.render.lint.LintRenderers;
import dev.dockscope.render.lint.TextLintRenderer;
import dev.dockscope.render.text.Palette;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dockscope lint}. Its model is written out by hand ({@link #model}), so that linting one file does not wait
 * for picocli to read annotations.
 */
public final class LintCommand extends BaseCommand {
    List<String> paths = new ArrayList<>();

    LintFormat format;

    String failOn;

    List<String> ignore = new ArrayList<>();

    Path config;

    boolean rules;

    String explain;

    String image;

    List<String> changed;

    public LintCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "lint",
                "Lint Dockerfiles: cache order first, then size, correctness and security.",
                "PATH is a Dockerfile, a directory (searched for Dockerfile, *.Dockerfile, Dockerfile.*), or - for stdin.",
                "Inline ignores: # dockscope ignore=ID on the line above; # hadolint ignore=DLxxxx and",
                "# check=skip=Name are honoured through the rule table (dockscope lint --rules).",
                "Limits: files over 8 MB are refused (exit 2); a rule reports one finding per instruction (naming the",
                "rest), and at most 1000 findings are listed per file.");
        spec.addPositional(Model.positionals(String.class, v -> paths = v, () -> paths).paramLabel("PATH")
                .arity("0..*").description("Dockerfiles or directories (default: .).").build());
        spec.addOption(Model.option(LintFormat.class, v -> format = v, () -> format, "--format").paramLabel("FORMAT")
                .description("Output: ${COMPLETION-CANDIDATES} (default: text; -o json means json).").build());
        spec.addOption(Model.option(String.class, v -> failOn = v, () -> failOn, "--fail-on").paramLabel("LEVEL")
                .description("Exit 1 when a finding at or above LEVEL remains: error, warning, info, style, none "
                        + "(default: failOn from the config, else warning).").build());
        spec.addOption(Model.listOption(String.class, v -> ignore = v, () -> ignore, "--ignore").paramLabel("ID")
                .splitRegex(",").description("Ignore a rule (repeatable).").build());
        spec.addOption(Model.option(Path.class, v -> config = v, () -> config, "--config").paramLabel("FILE")
                .description("Config file (default: the nearest .dockscope.yaml above each Dockerfile).").build());
        spec.addOption(Model.flag(v -> rules = v, () -> rules, "--rules")
                .description("List every rule with its severity, concept and hadolint/BuildKit equivalents.").build());
        spec.addOption(Model.option(String.class, v -> explain = v, () -> explain, "--explain").paramLabel("ID")
                .description("Show a rule's full card.").build());
        spec.addOption(Model.option(String.class, v -> image = v, () -> image, "--image").paramLabel("REF")
                .description("With --changed: the image built from this Dockerfile, to count the bytes of layers "
                        + "that rebuild.").build());
        spec.addOption(Model.listOption(String.class, v -> changed = v, () -> changed, "--changed")
                .paramLabel("PATH").arity("1..*")
                .description("Say which steps of which stage lose their cache when these files change, and the "
                        + "order that minimises it.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session s) {
        if (rules) {
            return listRules(s);
        }
        if (explain != null) {
            return explain(s);
        }
        FailOn gate = failOn == null ? null : FailOn.parse(failOn).orElseThrow(() -> DockscopeException.usage(
                "--fail-on must be " + FailOn.WORDS + ", not '" + failOn + "'"));
        for (String id : ignore) {
            if (Rules.byId(id).isEmpty()) {
                throw new DockscopeException(ExitCode.USAGE, "--ignore " + id + ": no such rule",
                        "dockscope lint --rules lists them.");
            }
        }
        List<LintRun.Input> inputs = inputs();
        if (changed != null) {
            return rebuild(s, inputs);
        }
        Config override = config == null ? null : Config.load(config);
        LintReport report = new LintRun(Rules.all(), ignore, override, gate).run(inputs);
        LintFormat f = format != null ? format : s.json() ? LintFormat.json : LintFormat.text;
        String text = LintRenderers.forFormat(f).render(report, f == LintFormat.text ? s.palette()
                : Palette.plain(), s.width());
        io.out().print(text);
        io.out().flush();
        if (io.out().checkError()) {
            throw new DockscopeException(ExitCode.USAGE, "could not write output: standard output is closed or full.");
        }
        return report.summary().failed() ? ExitCode.GATE_FAILED : ExitCode.OK;
    }

    private List<LintRun.Input> inputs() {
        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        List<LintRun.Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new LintRun.Input("-", DockerfileSource.read(io.in(), "stdin"), null));
                continue;
            }
            List<Path> files = DockerfileSource.expand(Path.of(a));
            if (files.isEmpty()) {
                throw DockscopeException.notFound("no Dockerfile found under " + a,
                        "dockscope lint looks for Dockerfile, *.Dockerfile and Dockerfile.*.");
            }
            for (Path p : files) {
                out.add(new LintRun.Input(p.toString(), DockerfileSource.read(p), p));
            }
        }
        return out;
    }

    private ExitCode listRules(Session s) {
        List<RuleMeta> metas = Rules.all().stream().map(Rule::meta).toList();
        if (s.json() || format == LintFormat.json) {
            s.printJson(Map.of("rules", metas.stream().map(RuleRow::of).toList()));
        } else {
            s.print(TextLintRenderer.renderRules(metas, s.palette(), s.width()));
        }
        return ExitCode.OK;
    }

    private ExitCode explain(Session s) {
        RuleMeta m = Rules.byId(explain).map(Rule::meta).orElseThrow(() -> DockscopeException.notFound(
                "no rule " + explain, "dockscope lint --rules lists them."));
        if (s.json() || format == LintFormat.json) {
            s.printJson(m);
        } else {
            s.print(TextLintRenderer.renderExplain(m, s.palette(), s.width()));
        }
        return ExitCode.OK;
    }

    private ExitCode rebuild(Session s, List<LintRun.Input> inputs) {
        if (inputs.size() != 1) {
            throw DockscopeException.usage("--changed needs exactly one Dockerfile, got " + inputs.size());
        }
        return Rebuilds.show(s, inputs.get(0), changed, image, format == LintFormat.json);
    }

    /** One row of {@code --rules -o json}. */
    record RuleRow(String id, String severity, String title, String family, String concept, List<String> hadolint,
                   List<String> buildkit) {
        static RuleRow of(RuleMeta m) {
            return new RuleRow(m.id(), m.severity().id(), m.title(), m.family().id(), m.concept().slug(),
                    m.hadolint(), m.buildkit());
        }
    }
}
