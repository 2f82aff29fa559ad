package dev.dockscope.docker.compose;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.compose.Node;
import dev.dockscope.model.compose.Node.Pos;
import dev.dockscope.model.text.Sanitizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML text to {@link Node}s with Jackson's streaming YAML parser: positions kept, anchors and aliases resolved, merge
 * keys ({@code <<: *base}, {@code <<: [*a, *b]}) applied with explicit keys winning. Bad input is a
 * {@link DockscopeException} (exit 2) naming file:line:column, never a parser exception.
 */
public final class ComposeYaml {
    /** Nodes a document may stand for with its aliases expanded (a guard against alias bombs). */
    static final long MAX_NODES = 1_000_000;
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final YAMLParser parser;
    private final Map<String, Node> anchors = new HashMap<>();

    private ComposeYaml(String file, YAMLParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Parses one document; an empty document is an empty mapping. */
    public static Node parse(String text, String file) {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            ComposeYaml y = new ComposeYaml(file, p);
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Node.Mapping(Map.of(), Map.of(), new Pos(file, 1, 1), 1);
            }
            Node n = y.value(t);
            return n;
        } catch (DockscopeException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Pos at = l == null ? new Pos(file, 0, 0) : new Pos(file, l.getLineNr(), l.getColumnNr());
            throw bad(at, "invalid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw bad(new Pos(file, 0, 0), "invalid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    static DockscopeException bad(Pos at, String message) {
        return new DockscopeException(ExitCode.USAGE, at + ": " + message,
                "Fix the file; docker compose config shows how Compose reads it.");
    }

    /** SnakeYAML's message without its source excerpts: "while parsing…: expected…". */
    private static String firstLine(String s) {
        StringBuilder b = new StringBuilder();
        for (String l : (s == null ? "" : s).split("\n")) {
            if (l.isBlank() || Character.isWhitespace(l.charAt(0)) || l.startsWith("in '")) {
                continue;
            }
            b.append(b.length() == 0 ? "" : ": ").append(l.strip());
        }
        String line = b.toString();
        return Sanitizer.line(line.length() > 200 ? line.substring(0, 200) : line);
    }

    private Pos here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Pos(file, l.getLineNr(), l.getColumnNr());
    }

    private Node value(JsonToken t) throws IOException {
        Pos pos = here();
        if (parser.isCurrentAlias()) {
            Node n = anchors.get(parser.getText());
            if (n == null) {
                throw bad(pos, "unknown alias *" + Sanitizer.line(parser.getText()));
            }
            return n;
        }
        String anchor = parser.getObjectId();
        Node n;
        switch (t) {
            case START_OBJECT -> n = mapping(pos);
            case START_ARRAY -> n = sequence(pos);
            case VALUE_NULL -> n = new Node.Scalar(null, pos);
            default -> {
                if (!t.isScalarValue()) {
                    throw bad(pos, "unexpected " + t);
                }
                n = new Node.Scalar(Sanitizer.text(parser.getText()), pos);
            }
        }
        if (anchor != null) {
            anchors.put(anchor, n);
        }
        return n;
    }

    private Node mapping(Pos pos) throws IOException {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Pos> keys = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        long size = 1;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw bad(here(), "expected a key");
            }
            String key = Sanitizer.line(parser.currentName());
            Pos keyPos = here();
            Node v = value(parser.nextToken());
            if (key.equals("<<")) {
                if (v instanceof Node.Sequence s) {
                    merges.addAll(s.items());
                } else {
                    merges.add(v);
                }
                continue;
            }
            Node old = entries.put(key, v);
            if (old != null) {
                throw bad(keyPos, "duplicate key " + key);
            }
            keys.put(key, keyPos);
            size = grow(size, v.size(), keyPos);
        }
        for (Node m : merges) {
            if (!(m instanceof Node.Mapping mm)) {
                throw bad(m.pos(), "<< merges only mappings");
            }
            for (Map.Entry<String, Node> e : mm.entries().entrySet()) {
                if (!entries.containsKey(e.getKey())) {
                    entries.put(e.getKey(), e.getValue());
                    keys.put(e.getKey(), mm.keys().getOrDefault(e.getKey(), mm.pos()));
                    size = grow(size, e.getValue().size(), pos);
                }
            }
        }
        return new Node.Mapping(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), pos, size);
    }

    private Node sequence(Pos pos) throws IOException {
        List<Node> items = new ArrayList<>();
        long size = 1;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            Node v = value(t);
            items.add(v);
            size = grow(size, v.size(), pos);
        }
        return new Node.Sequence(List.copyOf(items), pos, size);
    }

    private static long grow(long size, long more, Pos at) {
        long s = size + more;
        if (s > MAX_NODES) {
            throw bad(at, "the document expands to more than " + MAX_NODES + " values (aliases)");
        }
        return s;
    }
}
