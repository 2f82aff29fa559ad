package dev.dockscope.model.container;

/** One entry of {@code GET /containers/{id}/changes}: a path the writable layer changed. */
public record ContainerChange(String path, Kind kind) {

    /** The daemon's Kind: 0 modified, 1 added, 2 deleted. */
    public enum Kind {
        MODIFIED, ADDED, DELETED;

        public static Kind of(int code) {
            return switch (code) {
                case 1 -> ADDED;
                case 2 -> DELETED;
                default -> MODIFIED;
            };
        }
    }
}
