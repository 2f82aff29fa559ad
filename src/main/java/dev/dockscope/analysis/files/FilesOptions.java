package dev.dockscope.analysis.files;

/**
 * Knobs for {@link ImageFiles#analyze}.
 *
 * @param depth depth of each layer's change tree ({@code --depth N}; 1 = top-level directories)
 * @param topPaths largest paths listed per layer
 * @param treeChildren largest subdirectories shown per directory of a change tree
 * @param topWasted wasted paths and inefficiencies kept in the report
 */
public record FilesOptions(int depth, int topPaths, int treeChildren, int topWasted) {
    public static final FilesOptions DEFAULT = new FilesOptions(2, 5, 4, 10);

    public FilesOptions {
        if (depth < 0 || topPaths < 0 || treeChildren < 1 || topWasted < 0) {
            throw new IllegalArgumentException("depth must not be negative, treeChildren at least 1, counts not negative");
        }
    }

    public FilesOptions withDepth(int d) {
        return new FilesOptions(d, topPaths, treeChildren, topWasted);
    }
}
