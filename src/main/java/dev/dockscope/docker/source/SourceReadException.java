package dev.dockscope.docker.source;

import java.io.IOException;

/** The source itself (file, pipe, daemon connection) failed to deliver bytes: not a format problem of the data. */
final class SourceReadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    SourceReadException(long offset, IOException cause) {
        super(cause.getMessage(), cause);
        this.offset = offset;
    }

    long offset() {
        return offset;
    }
}
