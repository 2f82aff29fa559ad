package dev.dockscope.docker;

import java.util.ArrayList;
import java.util.List;

/** The endpoint when nothing names one: the default socket, or the first well-known socket that answers. */
final class WellKnownEndpoint {
    private WellKnownEndpoint() {
    }

    static Endpoint find(WellKnownSockets sockets) {
        WellKnownSockets.Result r = sockets.find();
        WellKnownSockets.Probe first = r.tried().get(0);
        if (r.answered() == null) {
            List<String> tried = new ArrayList<>();
            for (WellKnownSockets.Probe p : r.tried().subList(1, r.tried().size())) {
                tried.add(p.describe());
            }
            return new Endpoint(EndpointResolver.DEFAULT_HOST, EndpointSource.DEFAULT, "the default socket; no well-known "
                    + "socket answered either: " + String.join("; ", tried), null, false, null);
        }
        if (r.answered() == first.candidate()) {
            return new Endpoint(EndpointResolver.DEFAULT_HOST, EndpointSource.DEFAULT, "the default socket", null, false, null);
        }
        return new Endpoint("unix://" + r.answered().path(), EndpointSource.WELL_KNOWN, "the " + r.answered().product()
                + " socket, the first well-known one that answered (nothing named a daemon, and "
                + first.candidate().path() + ": " + first.outcome() + ")", null, false, null);
    }
}
