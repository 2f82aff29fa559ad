package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.transport.DockerHttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOnlyHttpClientTest {
    private final List<String> sent = new ArrayList<>();
    private final DockerHttpClient recorder = new DockerHttpClient() {
        @Override
        public Response execute(Request request) {
            sent.add(request.method() + " " + request.path());
            return null;
        }

        @Override
        public void close() {
        }
    };

    @Test
    void getPassesThrough() {
        ReadOnlyHttpClient c = new ReadOnlyHttpClient(recorder);
        c.execute(DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path("/info").build());
        assertEquals(List.of("GET /info"), sent);
    }

    @Test
    void everyOtherMethodIsRefusedBeforeItLeaves() {
        ReadOnlyHttpClient c = new ReadOnlyHttpClient(recorder);
        for (DockerHttpClient.Request.Method m : List.of(DockerHttpClient.Request.Method.POST,
                DockerHttpClient.Request.Method.PUT, DockerHttpClient.Request.Method.DELETE)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.execute(
                    DockerHttpClient.Request.builder().method(m).path("/containers/x/kill").build()));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertEquals(List.of(), sent);
    }
}
