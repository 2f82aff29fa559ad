package dev.dockscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryInstructionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "/bin/sh -c #(nop)  CMD [\"sh\"]¦CMD¦CMD [\"sh\"]¦true",
        "/bin/sh -c #(nop)  CMD [\"/bin/sh\" \"-c\" \"node src/index.js\"]¦CMD¦CMD node src/index.js¦true",
        "/bin/sh -c #(nop)  ENTRYPOINT [\"/docker-entrypoint.sh\" \"--flag\"]¦ENTRYPOINT¦ENTRYPOINT [\"/docker-entrypoint.sh\", \"--flag\"]¦true",
        "/bin/sh -c #(nop)  EXPOSE map[8000/tcp:{} 53/udp:{}]¦EXPOSE¦EXPOSE 8000/tcp 53/udp¦true",
        "/bin/sh -c #(nop)  ENV PATH=/usr/bin¦ENV¦ENV PATH=/usr/bin¦true",
        "/bin/sh -c #(nop) WORKDIR /app¦WORKDIR¦WORKDIR /app¦false",
        "/bin/sh -c apt-get update && apt-get install -y curl¦RUN¦RUN apt-get update && apt-get install -y curl¦false",
        "RUN /bin/sh -c npm ci # buildkit¦RUN¦RUN npm ci¦false",
        "COPY . . # buildkit¦COPY¦COPY . .¦false",
        "ENV NODE_ENV=production¦ENV¦ENV NODE_ENV=production¦true",
        "|2 VERSION=1.2 COMMIT=abc /bin/sh -c make¦RUN¦RUN make¦false",
        "/bin/busybox --install -s /bin¦RUN¦RUN /bin/busybox --install -s /bin¦false",
        "/bin/sh -c #(nop) COPY file:0123456789abcdef0123 in /usr/bin/app ¦COPY¦COPY a file (01234567…) to /usr/bin/app¦false",
        "/bin/sh -c #(nop) COPY dir:abcdef0123456789abcd in /app ¦COPY¦COPY a directory (abcdef01…) to /app¦false",
        "/bin/sh -c #(nop)  HEALTHCHECK &{[\"CMD-SHELL\" \"wget -q -O- http://localhost/ || exit 1\"] \"5s\" \"0s\" \"0s\" '\\x00'}¦HEALTHCHECK¦HEALTHCHECK --interval=5s CMD wget -q -O- http://localhost/ || exit 1¦true",
        "/bin/sh -c #(nop)  HEALTHCHECK &{[\"NONE\"] \"0s\" \"0s\" \"0s\" '\\x00'}¦HEALTHCHECK¦HEALTHCHECK NONE¦true",
        "/bin/sh -c #(nop)  HEALTHCHECK &{[\"CMD\" \"/bin/check\" \"-v\"] \"10s\" \"3s\" \"0s\" '\\x03'}¦HEALTHCHECK¦HEALTHCHECK --interval=10s --timeout=3s CMD [\"/bin/check\", \"-v\"]¦true",
    })
    void createdByBecomesTheDockerfileLine(String createdBy, String keyword, String text, boolean metadata) {
        HistoryInstruction h = HistoryInstruction.parse(createdBy, "");
        assertEquals(keyword, h.keyword());
        assertEquals(text, h.text());
        assertEquals(metadata, h.metadataOnly());
    }

    @Test
    void importedImagesSayWhereTheyCameFrom() {
        HistoryInstruction h = HistoryInstruction.parse("", "Imported from -");
        assertEquals("IMPORT", h.keyword());
        assertTrue(h.text().contains("imported from a tarball"), h.text());
        assertFalse(h.metadataOnly());
    }

    @Test
    void contextCopiesAreRecognised() {
        assertTrue(HistoryInstruction.parse("COPY . . # buildkit", "").copiesContext());
        assertTrue(HistoryInstruction.parse("COPY --chown=app . /srv # buildkit", "").copiesContext());
        assertTrue(HistoryInstruction.parse("/bin/sh -c #(nop) COPY dir:abcdef0123456789 in /app ", "").copiesContext());
        assertFalse(HistoryInstruction.parse("COPY package.json . # buildkit", "").copiesContext());
        assertFalse(HistoryInstruction.parse("COPY --from=build /out . # buildkit", "").copiesContext());
    }
}
