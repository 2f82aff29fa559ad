package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The header checksum as tar writers store it: the unsigned sum of the header's bytes (the checksum field counted as
 * spaces), or, from some old writers, the signed sum; any other value is not a tar header.
 */
class TarHeaderChecksumTest {
    /** A ustar header for an empty regular file named {@code name}, its checksum field filled with {@code sum}. */
    private static byte[] header(byte[] name, int sum) {
        byte[] h = new byte[512];
        System.arraycopy(name, 0, h, 0, name.length);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, "00000000000");
        put(h, 136, "00000000000");
        h[156] = '0';
        put(h, 257, "ustar");
        h[263] = '0';
        h[264] = '0';
        put(h, 148, String.format("%06o", sum));
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    /** {@code signed}: bytes >= 0x80 counted as negative, as old writers did. */
    private static int sum(byte[] h, boolean signed) {
        int s = 0;
        for (int i = 0; i < 512; i++) {
            int b = i >= 148 && i < 156 ? ' ' : (signed ? h[i] : h[i] & 0xff);
            s += b;
        }
        return s;
    }

    private static TarStream.Entry first(byte[] header) throws IOException {
        byte[] tar = new byte[512 * 3];
        System.arraycopy(header, 0, tar, 0, 512);
        return new TarStream(new ByteArrayInputStream(tar), "layer t", 4096, 10).next();
    }

    // every byte of the name >= 0x80, so that the signed and unsigned sums differ by 256 per byte
    private static final byte[] HIGH = {(byte) 0xe9, (byte) 0xff, (byte) 0x80, 'x', (byte) 0xc3, (byte) 0xa9, 'y'};

    @Test
    void theUnsignedSumIsAccepted() throws IOException {
        byte[] h = header(HIGH, 0);
        TarStream.Entry e = first(header(HIGH, sum(h, false)));
        assertEquals('0', e.type());
        assertTrue(e.name().endsWith("y"), e.name());
        assertEquals("", e.linkName());
    }

    @Test
    void theSignedSumOfOldWritersIsAccepted() throws IOException {
        byte[] h = header(HIGH, 0);
        int signed = sum(h, true);
        assertTrue(signed != sum(h, false));
        assertEquals('0', first(header(HIGH, signed)).type());
    }

    @Test
    void anyOtherSumIsNotATarHeader() {
        byte[] h = header(HIGH, 0);
        int unsigned = sum(h, false);
        int signed = sum(h, true);
        for (int wrong : new int[] {unsigned + 1, unsigned - 1, signed + 1, signed - 256, unsigned + 256}) {
            DockscopeException x = assertThrows(DockscopeException.class, () -> first(header(HIGH, wrong)));
            assertTrue(x.getMessage().contains("checksum mismatch"), x.getMessage());
            assertTrue(x.getMessage().contains("layer t"), x.getMessage());
        }
    }

    @Test
    void aChangeInAnyByteOfTheHeaderIsCaught() {
        byte[] name = "a/b".getBytes(StandardCharsets.US_ASCII);
        int good = sum(header(name, 0), false);
        for (int at = 0; at < 512; at++) {
            if (at >= 148 && at < 156) {
                continue;
            }
            byte[] h = header(name, good);
            h[at] = (byte) (h[at] + 1);
            int where = at;
            assertThrows(DockscopeException.class, () -> first(h), () -> "byte " + where);
        }
    }
}
