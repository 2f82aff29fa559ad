package dev.dockscope.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;

/**
 * The read-only guarantee, enforced: any request other than GET or HEAD is refused before it leaves the process.
 * Every daemon call of dockscope goes through this decorator (see {@link DaemonReader}).
 */
final class ReadOnlyHttpClient implements DockerHttpClient {
    private final DockerHttpClient delegate;

    ReadOnlyHttpClient(DockerHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response execute(Request request) {
        String method = request.method();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            throw new IllegalStateException("dockscope is read-only: refused " + method + " " + request.path());
        }
        return delegate.execute(request);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
