package dev.dockscope.docker.source;

/** {@code --source}: where {@code --files} reads an image's layers from. */
public enum SourceMode {
    /** The layer store when this process can read it, else the export stream (saying why). */
    auto,
    /** The daemon's layer store on this machine; a usage error when it cannot be used. */
    store,
    /** The daemon's export stream ({@code GET /images/{name}/get}), as {@code docker save} reads it. */
    export
}
