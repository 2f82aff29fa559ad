package dev.dockscope.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {
    @Test
    void daemonTimestamps() {
        assertEquals(Instant.parse("2026-12-01T22:42:45.917782454Z"), Instants.parse("2026-12-01T22:42:45.917782454Z"));
        assertEquals("2026-12-01T22:42:45.917782454Z", Instants.format(Instants.parse("2026-12-01T22:42:45.917782454Z")));
        assertEquals("2026-12-01T22:42:45.900Z", Instants.format(Instants.parse("2026-12-01T22:42:45.9Z")));
        assertEquals("2024-02-29T00:00:00Z", Instants.format(Instants.parse("2024-02-29T00:00:00Z")));
        assertEquals("1970-01-01T00:00:00Z", Instants.format(Instant.EPOCH));
        assertEquals("0001-01-01T00:00:00Z", Instants.format(Instants.parse("0001-01-01T00:00:00Z")));
    }

    /** Every other shape goes to Instant.parse: the same instant, or the same exception. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T22:42:45+01:00", "2026-12-01t22:42:45z", "2016-12-31T23:59:60Z",
        "+12026-12-01T22:42:45Z", "2026-12-01T22:42:45.Z", "2026-12-01T22:42:45.1234567890Z", "2026-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-12-01T24:00:00Z", "2026-12-01 22:42:45Z", "2026-12-01T22:42Z", "", "garbage",
        "2026-12-01T22:42:4xZ", "2026-12-01T22:42:45.12a4Z", "2026-04-31T00:00:00Z", "0000-01-01T00:00:00Z"})
    void otherShapesAsTheJdk(String text) {
        Instant jdk;
        try {
            jdk = Instant.parse(text);
        } catch (DateTimeParseException e) {
            DateTimeParseException ours = assertThrows(DateTimeParseException.class, () -> Instants.parse(text));
            assertEquals(e.getMessage(), ours.getMessage());
            return;
        }
        assertEquals(jdk, Instants.parse(text));
    }

    @Test
    void sameAsTheJdkOnManyInstants() {
        SplittableRandom random = new SplittableRandom(3339);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(min, max + 1), nano);
            String text = t.toString();
            assertEquals(text, Instants.format(t));
            assertEquals(t, Instants.parse(text));
            // the daemon writes nine digits, trailing zeros and all
            String nine = text.replaceFirst("(\\.\\d+)?Z$", String.format(".%09dZ", nano));
            assertEquals(t, Instants.parse(nine), nine);
        }
        Instant far = Instant.parse("+12026-12-01T22:42:45Z");
        assertEquals(far.toString(), Instants.format(far));
    }
}
