package org.consolida.io;

/**
 * How much a reader accepts before it refuses a file as hostile, checked while streaming so that a refused file never
 * fills the heap: the size of the file, the inflated size of any one part of a zip (a workbook's sheet, an RVTools CSV
 * file in a zip), and the length of any one cell or CSV field. The defaults are generous for real exports (a native
 * workbook of 100,000 workloads has a Workloads part of about 40 MiB; Excel itself holds at most 32,767 characters in
 * a cell) and can be changed with the system properties {@code consolida.maxFileMib}, {@code consolida.maxPartMib}
 * and {@code consolida.maxCellChars} (for example {@code CONSOLIDA_JAVA_OPTS="-Dconsolida.maxPartMib=2048"}).
 *
 * @param maxFileBytes largest file read at all
 * @param maxPartBytes largest inflated size of one part of a zip (or one CSV file)
 * @param maxCellChars longest text of one cell, CSV field or JSON string
 */
public record ReadLimits(long maxFileBytes, long maxPartBytes, int maxCellChars) {
    public static final long DEFAULT_FILE_MIB = 512;
    public static final long DEFAULT_PART_MIB = 512;
    public static final int DEFAULT_CELL_CHARS = 65_536;

    public ReadLimits {
        if (maxFileBytes <= 0 || maxPartBytes <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** The defaults, or what the system properties set. */
    public static ReadLimits defaults() {
        return new ReadLimits(mib("consolida.maxFileMib", DEFAULT_FILE_MIB),
                mib("consolida.maxPartMib", DEFAULT_PART_MIB),
                (int) Math.min(Integer.MAX_VALUE - 16, number("consolida.maxCellChars", DEFAULT_CELL_CHARS)));
    }

    public ReadLimits withMaxPartBytes(long bytes) {
        return new ReadLimits(maxFileBytes, bytes, maxCellChars);
    }

    public ReadLimits withMaxCellChars(int chars) {
        return new ReadLimits(maxFileBytes, maxPartBytes, chars);
    }

    /** A size for messages: "512 MiB", "1.5 KiB", "300 bytes". */
    public static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return Numbers.text(Math.round(bytes * 10.0 / (1L << 20)) / 10.0) + " MiB";
        }
        if (bytes >= 1L << 10) {
            return Numbers.text(Math.round(bytes * 10.0 / (1L << 10)) / 10.0) + " KiB";
        }
        return bytes + " bytes";
    }

    private static long mib(String property, long fallback) {
        long value = number(property, fallback);
        return value > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : value << 20;
    }

    private static long number(String property, long fallback) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new org.consolida.inventory.InvalidInputException(org.consolida.inventory.Problem.error("",
                "-D" + property, "\"" + text + "\" is not a positive whole number"));
    }
}
