package io.whyrelu.kernels.simd.vector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The data caches of the core the kernels run on, as Linux reports them under
 * /sys/devices/system/cpu/cpu0/cache (index*: level, type, size such as "48K"). Elsewhere, or when
 * a value cannot be read, the defaults are the smallest of current x86 server cores (32 KB L1d,
 * 512 KB L2: AMD Zen 2/3), so a decision made on them errs towards "does not fit".
 */
record CacheSizes(long l1dBytes, long l2Bytes) {

    static final CacheSizes DEFAULT = new CacheSizes(32 << 10, 512 << 10);
    private static final Path SYSFS = Path.of("/sys/devices/system/cpu/cpu0/cache");

    /** This machine's, read once. */
    static final CacheSizes MACHINE = read(SYSFS);

    static CacheSizes read(Path dir) {
        long l1 = DEFAULT.l1dBytes;
        long l2 = DEFAULT.l2Bytes;
        for (int i = 0; i < 8; i++) {
            Path index = dir.resolve("index" + i);
            if (!Files.isDirectory(index)) {
                continue;
            }
            String level = text(index.resolve("level"));
            String type = text(index.resolve("type"));
            long size = bytes(text(index.resolve("size")));
            if (size <= 0) {
                continue;
            }
            if (level.equals("1") && type.equals("Data")) {
                l1 = size;
            } else if (level.equals("2") && !type.equals("Instruction")) {
                l2 = size;
            }
        }
        return new CacheSizes(l1, l2);
    }

    /** "48K", "1024K", "32M", "1G" or a plain number of bytes; -1 when it is none of these. */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return -1;
        }
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        try {
            return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
