package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.StartupTrace;
import dev.dockscope.analysis.CacheStory;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.ci.CiConfig;
import dev.dockscope.analysis.ci.CiGate;
import dev.dockscope.analysis.ci.CiRule;
import dev.dockscope.analysis.ci.CiThresholds;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.analysis.files.LayerEvidence;
import dev.dockscope.analysis.files.PathQuery;
import dev.dockscope.docker.ImageReader;
import dev.dockscope.docker.ImageRefs;
import dev.dockscope.docker.source.ArchiveImageData;
import dev.dockscope.docker.source.ArchiveImageSource;
import dev.dockscope.docker.source.DaemonSources;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.SourceMode;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.PathHistory;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.image.ImageReport;
import dev.dockscope.render.ci.CiJunitWriter;
import dev.dockscope.render.text.ImageTextRenderer;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dockscope image}. Its model is written out by hand ({@link #model}), so that explaining an image does not
 * wait for picocli to read annotations.
 */
public final class ImageCommand extends BaseCommand {
    public enum Sort { order, size }

    List<String> refs = new ArrayList<>();

    boolean layersOnly;

    boolean noCacheStory;

    boolean showSecrets;

    Sort sort = Sort.order;

    boolean files;

    String archive;

    SourceMode source = SourceMode.auto;

    String platform;

    int depth = 2;

    String path;

    boolean ci;

    String lowestEfficiency;

    String highestWastedBytes;

    String highestUserWastedPercent;

    String highestReclaimableBytes;

    Path ciConfig;

    Path junit;

    public ImageCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "image",
                "Explain an image: identity and origin, the layer stack with what each step added, the cache story "
                        + "(what is big, what rebuilds, what was left behind), and the run-time defaults.",
                "REF is name[:tag], name@digest, or a full or short image id. With --archive, no daemon is needed: "
                        + "REF then picks an image in a multi-image archive.",
                "--files reads the layer contents (streamed, never stored): per-layer changes, wasted space as dive "
                        + "computes it and the bytes you can really reclaim. --ci checks thresholds and exits 1 when "
                        + "one fails.");
        spec.addPositional(Model.positionals(String.class, v -> refs = v, () -> refs).paramLabel("REF").arity("0..*")
                .description("Image(s) to explain.").build());
        spec.addOption(Model.flag(v -> layersOnly = v, () -> layersOnly, "--layers-only")
                .description("Show only the layer stack.").build());
        spec.addOption(Model.flag(v -> noCacheStory = v, () -> noCacheStory, "--no-cache-story")
                .description("Leave out the cache story.").build());
        spec.addOption(Model.flag(v -> showSecrets = v, () -> showSecrets, "--show-secrets")
                .description("Show env values whose names look secret (PASSWORD, TOKEN, KEY…).").build());
        spec.addOption(Model.option(Sort.class, v -> sort = v, () -> sort, "--sort").paramLabel("ORDER")
                .defaultValue("order").description("Layer order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(Model.flag(v -> files = v, () -> files, "--files")
                .description("Read every layer's files: changes per layer, wasted space, efficiency.").build());
        spec.addOption(Model.option(String.class, v -> archive = v, () -> archive, "--archive").paramLabel("FILE")
                .description("Read a `docker save` tarball or an OCI image layout (directory or tar; - for stdin) "
                        + "instead of the daemon.").build());
        spec.addOption(Model.option(SourceMode.class, v -> source = v, () -> source, "--source").paramLabel("FROM")
                .defaultValue("auto")
                .description("Where --files, --ci and --path read the layers: ${COMPLETION-CANDIDATES} (default: "
                        + "${DEFAULT-VALUE}: the daemon's layer store when this machine has it and this user may read "
                        + "it, else the export stream; store: only the layer store; export: only the export stream).")
                .build());
        spec.addOption(Model.option(String.class, v -> platform = v, () -> platform, "--platform")
                .paramLabel("OS/ARCH")
                .description("Platform to pick from a multi-platform image (default: this machine's).").build());
        spec.addOption(Model.option(int.class, v -> depth = v, () -> depth, "--depth").paramLabel("N")
                .defaultValue("2").description("Depth of the per-layer directory trees (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(Model.option(String.class, v -> path = v, () -> path, "--path").paramLabel("GLOB")
                .description("Which layer put matching paths there and which later layers changed them (** crosses "
                        + "folders).").build());
        spec.addOption(Model.flag(v -> ci = v, () -> ci, "--ci")
                .description("Check the efficiency thresholds; exit 1 when one fails.").build());
        spec.addOption(Model.option(String.class, v -> lowestEfficiency = v, () -> lowestEfficiency,
                "--lowest-efficiency").paramLabel("RATIO")
                .description("CI: fail when efficiency is below this (default 0.9; disabled/off/false turns it off).")
                .build());
        spec.addOption(Model.option(String.class, v -> highestWastedBytes = v, () -> highestWastedBytes,
                "--highest-wasted-bytes").paramLabel("SIZE")
                .description("CI: fail when dive's wasted bytes exceed this, e.g. 20MB, 1.5GiB (default: disabled).")
                .build());
        spec.addOption(Model.option(String.class, v -> highestUserWastedPercent = v, () -> highestUserWastedPercent,
                "--highest-user-wasted-percent").paramLabel("RATIO")
                .description("CI: fail when wasted bytes / bytes above the first layer exceed this (default 0.1).")
                .build());
        spec.addOption(Model.option(String.class, v -> highestReclaimableBytes = v, () -> highestReclaimableBytes,
                "--highest-reclaimable-bytes").paramLabel("SIZE")
                .description("CI: fail when the truly reclaimable bytes exceed this (default: disabled).").build());
        spec.addOption(Model.option(Path.class, v -> ciConfig = v, () -> ciConfig, "--ci-config").paramLabel("FILE")
                .description("CI thresholds file (.dive-ci or .dockscope.yaml format); default: .dive-ci in the "
                        + "current folder, then the nearest .dockscope.yaml at or above it.").build());
        spec.addOption(Model.option(Path.class, v -> junit = v, () -> junit, "--junit").paramLabel("FILE")
                .description("CI: also write the rule results as JUnit XML.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) throws IOException {
        if (archive == null && refs.isEmpty()) {
            throw DockscopeException.usage("name an image (REF), or give --archive FILE");
        }
        if (archive != null && refs.size() > 1) {
            throw DockscopeException.usage("with --archive, give at most one REF (the image to pick from the archive)");
        }
        if (archive != null && source != SourceMode.auto) {
            throw DockscopeException.usage("--source " + source + " chooses between the daemon's layer store and its "
                    + "export; it does not apply to --archive");
        }
        if (depth < 0 || depth > 32) {
            throw DockscopeException.usage("--depth must be between 0 and 32");
        }
        boolean readFiles = files || ci || path != null;
        CiThresholds thresholds = ci ? thresholds() : null;
        List<ImageReport> reports = new ArrayList<>();
        if (archive != null) {
            String ref = refs.isEmpty() ? null : refs.get(0);
            ImageContents contents = new ArchiveImageSource(archive, io.in(), ref, platform)
                    .read(withNotes(StderrProgress.forSession(session), session));
            ImageExplanation img = ImageExplainer.explain(ArchiveImageData.from(contents, ref), showSecrets, !noCacheStory);
            reports.add(report(img, contents, readFiles, thresholds));
        } else {
            refs.forEach(ImageRefs::validate); // before any request: a bad ref is exit 2
            ImageReader reader = new ImageReader(session.daemon());
            DaemonSources sources = new DaemonSources(session.daemon(), source);
            StartupTrace.mark("daemon client");
            for (String ref : refs) {
                ImageData data = reader.read(ref);
                StartupTrace.mark("image read");
                ImageExplanation img = ImageExplainer.explain(data, showSecrets, !noCacheStory);
                StartupTrace.mark("explained");
                ImageContents contents = null;
                if (readFiles) {
                    contents = sources.read(data.id(), platform, data.size(), StderrProgress.forSession(session));
                    if (contents.sourceNote() != null) {
                        session.note("note: " + contents.sourceNote()
                                + "; read the slower export stream instead.");
                    }
                }
                reports.add(report(img, contents, readFiles, thresholds));
            }
        }
        boolean failed = false;
        for (ImageReport r : reports) {
            if (r.ci() != null) {
                failed |= !r.ci().pass();
                if (junit != null) {
                    try {
                        CiJunitWriter.write(r.ci(), r.image().ref(), junit);
                    } catch (IOException | SecurityException e) {
                        throw new DockscopeException(ExitCode.USAGE, "cannot write the JUnit report to "
                                + junit + ": " + (e instanceof FileSystemException f && f.getReason()
                                != null ? f.getReason() : e.getMessage()) + ".", "Give --junit a writable path.");
                    }
                }
            }
        }
        StartupTrace.mark("reports");
        if (session.json()) {
            session.printJson(reports.size() == 1 ? reports.get(0) : reports);
        } else {
            session.print(text(session, reports));
        }
        return failed ? ExitCode.GATE_FAILED : ExitCode.OK;
    }

    private ImageReport report(ImageExplanation img, ImageContents contents, boolean readFiles, CiThresholds thresholds) {
        if (!readFiles || contents == null) {
            return ImageReport.of(img);
        }
        FilesReport filesReport = ImageFiles.analyze(contents, FilesOptions.DEFAULT.withDepth(depth));
        PathHistory paths = path == null ? null : PathQuery.run(contents, path, 50);
        CiReport gate = thresholds == null ? null : CiGate.evaluate(filesReport, thresholds);
        ImageExplanation withFiles = img.withFiles(filesReport);
        if (!noCacheStory) {
            withFiles = withFiles.withFindings(CacheStory.measured(img.findings(), img.layers(),
                    LayerEvidence.of(contents)));
        }
        return new ImageReport(withFiles, filesReport, paths, gate);
    }

    private CiThresholds thresholds() {
        CiThresholds t = CiConfig.load(Path.of("").toAbsolutePath());
        if (ciConfig != null) {
            t = CiConfig.apply(t, ciConfig);
        }
        Map<CiRule, String> flags = new EnumMap<>(CiRule.class);
        flags.put(CiRule.LOWEST_EFFICIENCY, lowestEfficiency);
        flags.put(CiRule.HIGHEST_WASTED_BYTES, highestWastedBytes);
        flags.put(CiRule.HIGHEST_USER_WASTED_PERCENT, highestUserWastedPercent);
        flags.put(CiRule.HIGHEST_RECLAIMABLE_BYTES, highestReclaimableBytes);
        for (Map.Entry<CiRule, String> e : flags.entrySet()) {
            if (e.getValue() != null) {
                t = t.with(e.getKey(), e.getValue(), e.getKey().flag());
            }
        }
        return t;
    }

    private String text(Session session, List<ImageReport> reports) {
        ImageTextRenderer.Options options = new ImageTextRenderer.Options(layersOnly, !noCacheStory,
                sort == Sort.size, showSecrets, files, ci && !files && path == null);
        return new ImageTextRenderer(session.palette(), session.width(), Instant.now()).render(reports, options);
    }

    /** The progress bar (on a TTY) plus remarks on stderr (which image of a multi-image archive was picked). */
    private static ProgressListener withNotes(ProgressListener bar, Session session) {
        return new ProgressListener() {
            @Override
            public void waiting(String what, Duration elapsed) {
                bar.waiting(what, elapsed);
            }

            @Override
            public void bytes(long soFar, long total) {
                bar.bytes(soFar, total);
            }

            @Override
            public void note(String line) {
                bar.done();
                session.note("dockscope: " + line);
            }

            @Override
            public void done() {
                bar.done();
            }
        };
    }
}
