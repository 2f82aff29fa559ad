package dev.dockscope.model.files;

/** How many paths (directories excluded, see {@link LayerFiles}) and how many content bytes. */
public record ChangeCount(long files, long bytes) {
    public static final ChangeCount NONE = new ChangeCount(0, 0);
}
