package dev.dockscope.analysis.files;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathEvent;
import dev.dockscope.model.files.PathHistory;
import dev.dockscope.model.files.PathTable;
import dev.dockscope.model.files.PathTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --path GLOB}: which layer put a path there and which later layers changed or removed it. Globs match whole
 * absolute paths: {@code *} and {@code ?} stay within one component, {@code **} crosses directories, {@code [abc]}
 * is a class; a leading {@code /} is optional. Whiteout and opaque markers are never listed as paths of their own.
 */
public final class PathQuery {
    private PathQuery() {
    }

    public static PathHistory run(ImageContents image, String glob, int limit) {
        Pattern pattern = compile(glob);
        PathTable paths = image.paths();
        List<LayerTable> tables = new ArrayList<>();
        image.layers().forEach(l -> tables.add(l.table()));
        List<String> instructions = Instructions.forLayers(image.config(), tables.size());
        byte[] match = new byte[paths.size()]; // 0 unknown, 1 yes, 2 no
        Map<Integer, List<PathEvent>> events = new HashMap<>();
        Replay replay = new Replay(paths, tables);
        replay.run(new Replay.Sink() {
            @Override
            public void wrote(int layer, int entry, int path, int prevLayer, int prevEntry) {
                if (!matches(path) || prevLayer == layer) {
                    return;
                }
                LayerTable t = tables.get(layer);
                String action;
                if (prevLayer < 0) {
                    action = "added";
                } else {
                    LayerTable pt = tables.get(prevLayer);
                    boolean sameContent = pt.kind(prevEntry) == t.kind(entry) && pt.size(prevEntry) == t.size(entry)
                            && pt.crc(prevEntry) == t.crc(entry);
                    boolean sameMeta = pt.mode(prevEntry) == t.mode(entry) && pt.uid(prevEntry) == t.uid(entry)
                            && pt.gid(prevEntry) == t.gid(entry);
                    if (sameContent && sameMeta && t.kind(entry) == LayerTable.DIR) {
                        return; // a directory listed again because something below it changed
                    }
                    action = sameContent && !sameMeta ? "metadata" : "modified";
                }
                events.computeIfAbsent(path, x -> new ArrayList<>())
                        .add(new PathEvent(layer + 1, action, t.size(entry), instructions.get(layer)));
            }

            @Override
            public void hidden(int layer, int path, int ownerLayer, int ownerEntry, int cause) {
                if (cause == Replay.DELETED && matches(path)) {
                    events.computeIfAbsent(path, x -> new ArrayList<>())
                            .add(new PathEvent(layer + 1, "removed", tables.get(ownerLayer).size(ownerEntry),
                                    instructions.get(layer)));
                }
            }

            private boolean matches(int path) {
                if (match[path] == 0) {
                    match[path] = (byte) (pattern.matcher(paths.path(path)).matches() ? 1 : 2);
                }
                return match[path] == 1;
            }
        });
        int[] rank = paths.sortedRanks();
        List<Integer> hits = new ArrayList<>(events.keySet());
        hits.sort(Comparator.comparingInt(p -> rank[p]));
        List<PathTrail> trails = new ArrayList<>();
        for (int p : hits.subList(0, Math.min(limit, hits.size()))) {
            trails.add(new PathTrail(paths.path(p), List.copyOf(events.get(p)), replay.ownerLayer(p) >= 0));
        }
        return new PathHistory(glob, List.copyOf(trails), hits.size(), hits.size() > limit);
    }

    /** The glob as an anchored regular expression over absolute paths. */
    static Pattern compile(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new DockscopeException(ExitCode.USAGE, "--path needs a glob, e.g. /etc/** or **/*.so");
        }
        String g = glob.strip();
        if (!g.startsWith("/") && !g.startsWith("**")) {
            g = "/" + g;
        }
        if (g.length() > 1 && g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                            i++;
                            re.append("(?:.*/)?"); // "**/" also matches no directory at all
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = g.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        String cls = g.substring(i + 1, close).replace("\\", "\\\\");
                        if (cls.startsWith("!")) {
                            cls = "^" + cls.substring(1);
                        }
                        re.append('[').append(cls).append(']');
                        i = close;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        String full = re.toString();
        if (full.startsWith("(?:.*/)?")) {
            full = "/?" + full; // "**/x" matches "/x"
        }
        return Pattern.compile(full);
    }
}
