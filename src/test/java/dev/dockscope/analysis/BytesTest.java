package dev.dockscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BytesTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0 B", "999, 999 B", "1000, 1.0 kB", "1049, 1.0 kB", "1050, 1.1 kB", "1536, 1.5 kB", "99949, 99.9 kB",
        "99950, 100.0 kB", "100499, 100 kB", "100500, 101 kB", "999949, 1000 kB", "999950, 1.0 MB",
        "999999, 1.0 MB", "1982256, 2.0 MB", "1250000000, 1.3 GB", "9223372036854775807, 9.2 EB"})
    void sizes(long bytes, String human) {
        assertEquals(human, Bytes.human(bytes));
    }

    /** The hand-written rounding is String.format's: every byte count in the ranges where rounding turns, and many more. */
    @Test
    void sameAsStringFormat() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 20_000; i++) {
            long bytes = switch (i % 4) {
                case 0 -> random.nextLong(1000, 10_000_000);
                case 1 -> random.nextLong(1000, Long.MAX_VALUE);
                case 2 -> (random.nextLong(1, 100_000) * 1000 + 500) * (long) Math.pow(1000, random.nextInt(0, 4));
                default -> 1000 * random.nextLong(1, 1_000_000) + random.nextInt(-2, 3);
            };
            assertEquals(formatted(bytes), Bytes.human(bytes), "bytes " + bytes);
        }
        for (long bytes = 1000; bytes < 120_000; bytes += 1) {
            assertEquals(formatted(bytes), Bytes.human(bytes), "bytes " + bytes);
        }
    }

    @Test
    void fixedSameAsStringFormat() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            double v = i % 2 == 0 ? random.nextDouble(0.001, 10_000_000) : random.nextInt(1, 100_000) / 100.0 + 0.05;
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Bytes.fixed(v, 1), "v " + v);
            assertEquals(String.format(Locale.ROOT, "%.0f", v), Bytes.fixed(v, 0), "v " + v);
        }
        assertEquals("10.0", Bytes.fixed(9.95, 1));
        assertEquals("1000", Bytes.fixed(999.5, 0));
        assertEquals("0.1", Bytes.fixed(0.05, 1));
    }

    /** What Bytes.human wrote before, with String.format. */
    private static String formatted(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = 0;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
