package dev.dockscope.model.files;

import java.util.Arrays;

/**
 * Every path seen in any layer, interned once as an integer id (a trie: parent id + component name). Layers refer to
 * paths by id, so a path present in thirteen layers costs one name, and the merged view is arrays indexed by id.
 * Memory is a few dozen bytes per distinct path. Not thread-safe.
 */
public final class PathTable {
    public static final int ROOT = 0;

    private int[] parent = new int[1024];
    private String[] name = new String[1024];
    private int[] firstChild = new int[1024];
    private int[] nextSibling = new int[1024];
    private int[] depth = new int[1024];
    private int size;
    private int[] slots = new int[2048]; // id + 1, 0 = empty

    public PathTable() {
        parent[0] = -1;
        name[0] = "";
        firstChild[0] = -1;
        nextSibling[0] = -1;
        size = 1;
    }

    public int size() {
        return size;
    }

    public int parent(int id) {
        return parent[id];
    }

    public String name(int id) {
        return name[id];
    }

    public int depth(int id) {
        return depth[id];
    }

    /** First child id or -1. */
    public int firstChild(int id) {
        return firstChild[id];
    }

    /** Next sibling id or -1. */
    public int nextSibling(int id) {
        return nextSibling[id];
    }

    /** The absolute path, {@code /a/b/c}; the root is {@code /}. */
    public String path(int id) {
        if (id == ROOT) {
            return "/";
        }
        StringBuilder b = new StringBuilder();
        appendPath(b, id);
        return b.toString();
    }

    private void appendPath(StringBuilder b, int id) {
        if (id == ROOT) {
            return;
        }
        appendPath(b, parent[id]);
        b.append('/').append(name[id]);
    }

    /** The id of child {@code n} of {@code p}, or -1 when absent and {@code create} is false. */
    public int child(int p, String n, boolean create) {
        return child(p, n, 0, n.length(), create);
    }

    /**
     * The id of the child of {@code p} named {@code s[from, to)}: looked up without cutting the name out of {@code s}
     * (a String is made only for a new path), so interning a path of a known directory allocates nothing.
     */
    private int child(int p, String s, int from, int to, boolean create) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i); // String.hashCode() of the component
        }
        int len = to - from;
        int mask = slots.length - 1;
        int h = mix(p * 31 + hash) & mask;
        while (true) {
            int slot = slots[h];
            if (slot == 0) {
                break;
            }
            int id = slot - 1;
            if (parent[id] == p && name[id].length() == len && s.regionMatches(from, name[id], 0, len)) {
                return id;
            }
            h = (h + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        String n = from == 0 && to == s.length() ? s : s.substring(from, to);
        int id = size++;
        if (id == parent.length) {
            int cap = parent.length * 2;
            parent = Arrays.copyOf(parent, cap);
            name = Arrays.copyOf(name, cap);
            firstChild = Arrays.copyOf(firstChild, cap);
            nextSibling = Arrays.copyOf(nextSibling, cap);
            depth = Arrays.copyOf(depth, cap);
        }
        parent[id] = p;
        name[id] = n;
        firstChild[id] = -1;
        nextSibling[id] = firstChild[p];
        firstChild[p] = id;
        depth[id] = depth[p] + 1;
        slots[h] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    // the directory of the last interned path: a layer tar lists a directory's entries together, so most paths
    // start with it and only their last component needs a look-up
    private String lastDir;
    private int lastDirId;

    /** Interns a clean relative path ({@code a/b/c}, no empty, {@code .} or {@code ..} components). */
    public int intern(String relative) {
        int n = relative.length();
        int slash = relative.lastIndexOf('/');
        if (slash > 0) {
            int dir;
            if (lastDir != null && lastDir.length() == slash && relative.startsWith(lastDir)) {
                dir = lastDirId;
            } else {
                dir = walk(relative, slash);
                lastDir = relative.substring(0, slash);
                lastDirId = dir;
            }
            return child(dir, relative, slash + 1, n, true);
        }
        return walk(relative, n);
    }

    /** Interns the first {@code n} characters of a clean relative path, component by component. */
    private int walk(String relative, int n) {
        int p = ROOT;
        int start = 0;
        while (start < n) {
            int slash = relative.indexOf('/', start);
            int end = slash < 0 || slash > n ? n : slash;
            p = child(p, relative, start, end, true);
            start = end + 1;
        }
        return p;
    }

    /** Looks a clean relative path up without creating it; -1 when unknown. */
    public int find(String relative) {
        int p = ROOT;
        int start = 0;
        int n = relative.length();
        while (start < n && p >= 0) {
            int slash = relative.indexOf('/', start);
            int end = slash < 0 ? n : slash;
            p = child(p, relative, start, end, false);
            start = end + 1;
        }
        return p;
    }

    private void rehash() {
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int id = 1; id < size; id++) {
            int h = mix(parent[id] * 31 + name[id].hashCode()) & mask;
            while (next[h] != 0) {
                h = (h + 1) & mask;
            }
            next[h] = id + 1;
        }
        slots = next;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /**
     * Ranks of every id in depth-first order with children sorted by name in code-point order (which is UTF-8 byte
     * order, the order Go's {@code sort.Strings} gives dive). For leaves this is also dive's child-first visit order.
     * Computed once per table size and shared: callers must not modify the array.
     */
    public int[] sortedRanks() {
        if (ranks != null && ranks.length == size) {
            return ranks;
        }
        ranks = computeRanks();
        return ranks;
    }

    private int[] ranks;

    private int[] computeRanks() {
        int[] rank = new int[size];
        int[] stack = new int[Math.max(16, size)];
        int sp = 0;
        stack[sp++] = ROOT;
        int next = 0;
        int[] kids = new int[16];
        while (sp > 0) {
            int id = stack[--sp];
            rank[id] = next++;
            int k = 0;
            for (int c = firstChild[id]; c >= 0; c = nextSibling[c]) {
                if (k == kids.length) {
                    kids = Arrays.copyOf(kids, k * 2);
                }
                kids[k++] = c;
            }
            if (k == 0) {
                continue;
            }
            Integer[] boxed = new Integer[k];
            for (int i = 0; i < k; i++) {
                boxed[i] = kids[i];
            }
            Arrays.sort(boxed, (a, b) -> compareCodePoints(name[a], name[b]));
            // push in reverse so the smallest name is visited first
            for (int i = k - 1; i >= 0; i--) {
                stack[sp++] = boxed[i];
            }
        }
        return rank;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
