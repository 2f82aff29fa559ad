package dev.dockscope.analysis.ci;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Sizes the way dive reads them (go-humanize's ParseBytes): a number, optional space, optional unit; SI units are
 * powers of 1000 ({@code 20MB} = 20 000 000), IEC units powers of 1024 ({@code 1.5GiB} = 1 610 612 736); a bare
 * number is bytes; case does not matter; commas are ignored.
 */
public final class ByteSize {
    private ByteSize() {
    }

    /** The size in bytes; throws IllegalArgumentException with a reason. */
    public static long parse(String text) {
        String s = text.strip().replace(",", "");
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("not a size: \"" + text + "\" (try 20MB or 1.5GiB)");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(s.substring(0, i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: \"" + text + "\"");
        }
        String unit = s.substring(i).strip().toLowerCase(Locale.ROOT);
        long mult = switch (unit) {
            case "", "b" -> 1L;
            case "k", "kb" -> 1000L;
            case "ki", "kib" -> 1L << 10;
            case "m", "mb" -> 1000_000L;
            case "mi", "mib" -> 1L << 20;
            case "g", "gb" -> 1000_000_000L;
            case "gi", "gib" -> 1L << 30;
            case "t", "tb" -> 1000_000_000_000L;
            case "ti", "tib" -> 1L << 40;
            case "p", "pb" -> 1000_000_000_000_000L;
            case "pi", "pib" -> 1L << 50;
            default -> throw new IllegalArgumentException("unknown size unit \"" + s.substring(i).strip()
                    + "\" in \"" + text + "\" (use B, kB, MB, GB, TB or KiB, MiB, GiB, TiB)");
        };
        BigDecimal bytes = number.multiply(BigDecimal.valueOf(mult));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("size too large: \"" + text + "\"");
        }
        return bytes.longValue(); // truncates like Go's uint64(float)
    }
}
