package dev.dockscope.docker;

import java.net.SocketTimeoutException;

/** A deadline of {@link Timeouts} passed; the message says which and for which daemon. */
final class DaemonTimeoutException extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;

    DaemonTimeoutException(String message) {
        super(message);
    }
}
