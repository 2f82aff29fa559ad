package dev.dockscope.concepts.live;

import dev.dockscope.concepts.Concept;
import dev.dockscope.render.text.Sanitizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./Dockerfile}, if there is one: its instructions and stages, and a pointer to the linter. */
final class DockerfileLive implements LiveFinder {
    /** Files larger than this are not read (a Dockerfile is a few kB). */
    static final long MAX_BYTES = 1_000_000;
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*([A-Za-z]+)(\\s|$)");
    private final DockerfileInsight insight;

    DockerfileLive(DockerfileInsight insight) {
        this.insight = insight;
    }

    @Override
    public Concept concept() {
        return Concept.DOCKERFILE;
    }

    @Override
    public String wouldShow() {
        return "the Dockerfile in the current directory, if there is one, instruction by instruction.";
    }

    @Override
    public boolean needsDaemon() {
        return false;
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Path file = ctx.workingDir().resolve("Dockerfile");
        String shown = Sanitizer.line(file.toString());
        if (!Files.isRegularFile(file)) {
            b.none("There is no Dockerfile in " + Sanitizer.line(ctx.workingDir().toAbsolutePath().toString()) + ".");
            b.note("Run dockscope learn dockerfile in a project folder that has one, or write one and run dockscope lint.");
            return b.build();
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                b.none(shown + " is larger than " + MAX_BYTES / 1000 + " kB; that is not a Dockerfile dockscope reads.");
                return b.build();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            b.none(shown + " cannot be read: " + Sanitizer.line(String.valueOf(e.getMessage())));
            return b.build();
        }
        DockerfileInsight.Summary s = insight.describe(file, text);
        b.headline("There is a Dockerfile here: " + shown);
        s.facts().forEach(f -> b.fact(f.level(), Sanitizer.line(f.label()), Sanitizer.line(f.value())));
        s.notes().forEach(n -> b.note(Sanitizer.line(n)));
        b.raw("path", shown);
        b.raw("facts", s.facts());
        return b.build();
    }

    /** The default insight: instruction counts and stages, then "run dockscope lint". */
    static DockerfileInsight basic() {
        return (file, text) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> stages = new ArrayList<>();
            boolean continued = false;
            for (String line : text.split("\n")) {
                String l = line.strip();
                boolean startsInstruction = !continued && !l.isEmpty() && !l.startsWith("#");
                continued = l.endsWith("\\");
                if (!startsInstruction) {
                    continue;
                }
                Matcher m = INSTRUCTION.matcher(l);
                if (m.find()) {
                    String kw = m.group(1).toUpperCase(Locale.ROOT);
                    counts.merge(kw, 1, Integer::sum);
                    if (kw.equals("FROM")) {
                        stages.add(l.substring(m.end(1)).strip());
                    }
                }
            }
            List<LiveExample.Fact> facts = new ArrayList<>();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            facts.add(new LiveExample.Fact(0, "instructions", total + ""));
            StringBuilder kinds = new StringBuilder();
            counts.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
            facts.add(new LiveExample.Fact(1, "", kinds.toString()));
            int layers = counts.getOrDefault("RUN", 0) + counts.getOrDefault("COPY", 0) + counts.getOrDefault("ADD", 0);
            facts.add(new LiveExample.Fact(0, "file layers", layers + " (RUN, COPY and ADD)"));
            facts.add(new LiveExample.Fact(0, "stages", stages.size() + ""));
            for (int i = 0; i < stages.size(); i++) {
                facts.add(new LiveExample.Fact(1, (i + 1) + ".", "FROM " + stages.get(i)));
            }
            return new DockerfileInsight.Summary(facts,
                    List.of("Run dockscope lint " + file.getFileName() + " for the cache-order view and other findings."));
        };
    }
}
