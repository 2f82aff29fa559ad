package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Severity;
import dev.dockscope.model.compose.Node;
import dev.dockscope.model.compose.Node.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compose files to a declared project, as Compose reads them: each file interpolated, {@code include}d files first,
 * the {@code -f} files merged in order, {@code extends} resolved (also across files), services outside the active
 * profiles dropped, then the short and long syntaxes of ports, volumes, depends_on, healthcheck and environment read
 * into plain records. Problems become findings with their file:line:column.
 */
public final class ComposeLoader {
    static final Set<String> TOP_LEVEL = Set.of("version", "name", "services", "networks", "volumes", "secrets",
            "configs", "include");
    static final Set<String> REPLACED = Set.of("command", "entrypoint", "test", "dns", "dns_search", "profiles");

    /** How the loader reaches files: reading, parsing and resolving paths are the caller's (the file reader's). */
    public interface Files {
        /** The text of a file, or null when it does not exist. */
        String read(String path);

        Node parse(String text, String path);

        /** {@code relative} resolved against the folder of {@code fromFile}. */
        String resolve(String fromFile, String relative);
    }

    /**
     * @param files       the {@code -f} files in order (paths as the user gave them, resolved by {@link Files})
     * @param env         the environment, already combined with the project's {@code .env} (environment wins)
     * @param profiles    the active profiles ({@code --profile} and {@code COMPOSE_PROFILES})
     * @param projectName {@code -p}, or null for the file's {@code name:} or the folder's name
     */
    public record Input(List<String> files, String projectDir, Function<String, String> env, Set<String> profiles,
                        String projectName) {
    }

    /** The project and, per service, its environment (for the findings; values as declared, not redacted). */
    public record Loaded(ComposeReport.Project project, Map<String, Map<String, String>> environment) {
    }

    private final Files io;
    private final Input in;
    private final List<Finding> findings = new ArrayList<>();

    private ComposeLoader(Files io, Input in) {
        this.io = io;
        this.in = in;
    }

    public static Loaded load(Files io, Input in) {
        return new ComposeLoader(io, in).run();
    }

    private Loaded run() {
        Node.Mapping merged = null;
        for (String f : in.files()) {
            Node.Mapping root = withIncludes(f, new HashSet<>());
            merged = merged == null ? root : (Node.Mapping) merge(merged, root, "");
        }
        if (merged == null) {
            merged = Nodes.emptyMapping(Pos.NONE);
        }
        String name = in.projectName() != null ? in.projectName() : Nodes.text(merged, "name");
        if (name == null || name.isBlank()) {
            String dir = in.projectDir().replaceAll("/+$", "");
            name = dir.substring(dir.lastIndexOf('/') + 1);
        }
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        if (name.isEmpty()) {
            name = "default";
        }
        Node.Mapping services = Nodes.asMapping(merged.entries().get("services"));
        Map<String, Node.Mapping> resolved = new LinkedHashMap<>();
        Map<String, Pos> servicePos = new LinkedHashMap<>();
        if (services != null) {
            for (String s : services.entries().keySet()) {
                Node.Mapping svc = resolveExtends(services, s, fileOf(services.entries().get(s)), new LinkedHashSet<>());
                if (svc != null && active(svc)) {
                    resolved.put(s, svc);
                    servicePos.put(s, Nodes.keyPos(services, s));
                }
            }
        }
        return ServiceReader.read(name, in.projectDir(), in.files(), merged, resolved, servicePos, in.env(), findings);
    }

    private static String fileOf(Node n) {
        return n == null ? "" : n.pos().file();
    }

    private boolean active(Node.Mapping svc) {
        Node p = svc.entries().get("profiles");
        if (!(p instanceof Node.Sequence seq) || seq.items().isEmpty()) {
            return true;
        }
        for (Node i : seq.items()) {
            String v = Nodes.text(i);
            if (v != null && (in.profiles().contains(v) || in.profiles().contains("*"))) {
                return true;
            }
        }
        return false;
    }

    /** One file, interpolated, checked, with what it includes merged underneath it. */
    private Node.Mapping withIncludes(String file, Set<String> seen) {
        Node.Mapping root = file(file);
        if (root == null) {
            return Nodes.emptyMapping(new Pos(file, 0, 0));
        }
        if (!seen.add(file)) {
            findings.add(error("compose/include-cycle", file + " includes itself", "", root.pos()));
            return Nodes.emptyMapping(root.pos());
        }
        Node include = root.entries().get("include");
        Node.Mapping base = null;
        if (include instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                List<String> paths = new ArrayList<>();
                Node.Mapping m = Nodes.asMapping(item);
                Node path = m != null ? m.entries().get("path") : item;
                if (path instanceof Node.Sequence ps) {
                    ps.items().forEach(p -> paths.add(Nodes.text(p)));
                } else if (Nodes.text(path) != null) {
                    paths.add(Nodes.text(path));
                }
                for (String p : paths) {
                    if (p == null) {
                        continue;
                    }
                    String target = io.resolve(file, p);
                    if (io.read(target) == null) {
                        findings.add(error("compose/include-missing", "included file " + p + " does not exist", "",
                                item.pos()));
                        continue;
                    }
                    Node.Mapping inc = withIncludes(target, seen);
                    base = base == null ? inc : (Node.Mapping) merge(base, inc, "");
                }
            }
        } else if (include != null) {
            findings.add(error("compose/include-syntax", "include must be a list", "", include.pos()));
        }
        Map<String, Node> own = new LinkedHashMap<>(root.entries());
        own.remove("include");
        Node.Mapping self = Nodes.mapping(own, root.keys(), root.pos());
        seen.remove(file);
        return base == null ? self : (Node.Mapping) merge(base, self, "");
    }

    /** Reads, parses and interpolates one file; reports unknown top-level keys. */
    private Node.Mapping file(String path) {
        String text = io.read(path);
        if (text == null) {
            findings.add(error("compose/missing-file", "no such file " + path, "", new Pos(path, 0, 0)));
            return null;
        }
        Node parsed = io.parse(text, path);
        if (!(parsed instanceof Node.Mapping root)) {
            if (parsed instanceof Node.Scalar s && s.value() == null) {
                return Nodes.emptyMapping(parsed.pos());
            }
            findings.add(error("compose/not-a-mapping", "a compose file is a mapping of top-level keys", "",
                    parsed.pos()));
            return null;
        }
        for (Map.Entry<String, Pos> k : root.keys().entrySet()) {
            if (!TOP_LEVEL.contains(k.getKey()) && !k.getKey().startsWith("x-")) {
                findings.add(error("compose/unknown-top-level-key", "unknown top-level key " + k.getKey()
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL)) + ", x-*)", "",
                        k.getValue()));
            }
        }
        return (Node.Mapping) interpolate(root);
    }

    private Node interpolate(Node root) {
        Set<String> warned = new HashSet<>();
        return Nodes.mapScalars(root, s -> {
            if (s.value() == null || s.value().indexOf('$') < 0) {
                return s;
            }
            Interpolation.Result r = Interpolation.apply(s.value(), in.env());
            if (r.error() != null) {
                findings.add(error("compose/interpolation", r.error(), "", s.pos()));
            }
            for (String u : r.unset()) {
                if (warned.add(u)) {
                    findings.add(new Finding("compose/unset-variable", Severity.WARNING, "the " + u
                            + " variable is not set: it becomes an empty string", "", s.pos().file(), s.pos().line(),
                            s.pos().column()));
                }
            }
            return new Node.Scalar(r.text(), s.pos());
        });
    }

    /** A service with its {@code extends} chain merged in (the service's own keys win). */
    private Node.Mapping resolveExtends(Node.Mapping services, String name, String file, Set<String> chain) {
        Node n = services.entries().get(name);
        if (n instanceof Node.Scalar s && s.value() == null) {
            return Nodes.emptyMapping(n.pos());
        }
        Node.Mapping svc = Nodes.asMapping(n);
        if (svc == null) {
            findings.add(error("compose/service-syntax", "service " + name + " must be a mapping", name,
                    n == null ? Pos.NONE : n.pos()));
            return null;
        }
        svc = ServiceReader.normalize(svc);
        Node ext = svc.entries().get("extends");
        if (ext == null) {
            return svc;
        }
        String key = file + "#" + name;
        if (!chain.add(key)) {
            findings.add(error("compose/extends-cycle", "extends loops back to " + name, name, ext.pos()));
            return svc;
        }
        String baseName;
        String baseFile = null;
        Node.Mapping em = Nodes.asMapping(ext);
        if (em != null) {
            baseName = Nodes.text(em, "service");
            baseFile = Nodes.text(em, "file");
        } else {
            baseName = Nodes.text(ext);
        }
        Map<String, Node> own = new LinkedHashMap<>(svc.entries());
        own.remove("extends");
        Node.Mapping self = Nodes.mapping(own, svc.keys(), svc.pos());
        if (baseName == null) {
            findings.add(error("compose/extends-syntax", "extends needs a service", name, ext.pos()));
            return self;
        }
        Node.Mapping baseServices = services;
        String baseFilePath = file;
        if (baseFile != null) {
            baseFilePath = io.resolve(file, baseFile);
            Node.Mapping other = file(baseFilePath);
            baseServices = other == null ? null : Nodes.asMapping(other.entries().get("services"));
        }
        if (baseServices == null || !baseServices.entries().containsKey(baseName)) {
            findings.add(error("compose/extends-missing", "extends names " + baseName
                    + (baseFile == null ? "" : " in " + baseFile) + ", which is not defined", name, ext.pos()));
            chain.remove(key);
            return self;
        }
        Node.Mapping base = resolveExtends(baseServices, baseName, baseFilePath, chain);
        chain.remove(key);
        return base == null ? self : (Node.Mapping) merge(base, self, "");
    }

    /** Compose's merge: mappings merge by key, most sequences append (volumes by target), the rest is replaced. */
    static Node merge(Node base, Node over, String key) {
        if (base instanceof Node.Mapping b && over instanceof Node.Mapping o) {
            Map<String, Node> e = new LinkedHashMap<>(b.entries());
            Map<String, Pos> k = new LinkedHashMap<>(b.keys());
            for (Map.Entry<String, Node> oe : o.entries().entrySet()) {
                Node old = e.get(oe.getKey());
                e.put(oe.getKey(), old == null ? oe.getValue() : merge(old, oe.getValue(), oe.getKey()));
                k.putIfAbsent(oe.getKey(), o.keys().get(oe.getKey()));
            }
            return Nodes.mapping(e, k, b.pos());
        }
        if (base instanceof Node.Sequence b && over instanceof Node.Sequence o && !REPLACED.contains(key)) {
            List<Node> items = new ArrayList<>();
            if (key.equals("volumes") || key.equals("devices")) {
                Set<String> overTargets = new HashSet<>();
                o.items().forEach(i -> overTargets.add(ServiceReader.target(i)));
                for (Node i : b.items()) {
                    if (!overTargets.contains(ServiceReader.target(i))) {
                        items.add(i);
                    }
                }
                items.addAll(o.items());
            } else {
                items.addAll(b.items());
                Set<String> seen = new HashSet<>();
                b.items().forEach(i -> seen.add(String.valueOf(Nodes.text(i))));
                for (Node i : o.items()) {
                    if (!(i instanceof Node.Scalar) || seen.add(String.valueOf(Nodes.text(i)))) {
                        items.add(i);
                    }
                }
            }
            return Nodes.sequence(items, b.pos());
        }
        return over;
    }

    static Finding error(String rule, String message, String service, Pos at) {
        return new Finding(rule, Severity.ERROR, message, service, at.file(), at.line(), at.column());
    }
}
