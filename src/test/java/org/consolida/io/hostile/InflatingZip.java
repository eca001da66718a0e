package org.consolida.io.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip whose one hostile part inflates to gigabytes while the test holds only a few megabytes: the part is a
 * prefix, then one chunk deflated once with a full flush (so its compressed bytes stand alone) and written again and
 * again, then a suffix. The chunk mixes repetition with a little noise, so the part's compression ratio stays inside
 * what POI's zip-bomb check lets through (it refuses parts that shrink to less than 1 %). The zip is written by hand: the
 * JDK's ZipOutputStream would deflate every byte itself. The CRC of the hostile part is left 0: a reader that does not
 * stop in time fails on it, which a test asserting the limit message would catch.
 */
public final class InflatingZip {
    private final Map<String, byte[]> parts;
    private final String hostilePart;
    private final boolean honestSize;

    /**
     * @param parts       the other parts, stored deflated as they are
     * @param hostilePart the name of the inflating part
     * @param honestSize  whether the zip's headers declare the part's real inflated size (a reader can refuse it at
     *                    once) or a small one (a reader must count while it inflates)
     */
    public InflatingZip(Map<String, byte[]> parts, String hostilePart, boolean honestSize) {
        this.parts = parts;
        this.hostilePart = hostilePart;
        this.honestSize = honestSize;
    }

    /**
     * About {@code size} bytes of rows, each {@code before}, one random letter, then {@code after}: the noise keeps
     * the chunk from compressing below POI's 1 % threshold; the repetition keeps it near that threshold.
     */
    public static byte[] noisyRows(String before, String after, int size, long seed) {
        Random random = new Random(seed);
        StringBuilder rows = new StringBuilder(size + before.length() + after.length() + 1);
        while (rows.length() < size) {
            rows.append(before).append((char) ('a' + random.nextInt(26))).append(after);
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the zip; returns the inflated size of the hostile part. */
    public long write(Path file, byte[] prefix, byte[] chunk, long repeats, byte[] suffix) throws IOException {
        byte[] head = deflate(prefix, false);
        byte[] body = deflate(chunk, false);
        byte[] tail = deflate(suffix, true);
        long inflated = prefix.length + (long) chunk.length * repeats + suffix.length;
        long compressed = head.length + (long) body.length * repeats + tail.length;
        List<byte[]> central = new ArrayList<>();
        long offset = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                byte[] data = deflate(part.getValue(), true);
                CRC32 crc = new CRC32();
                crc.update(part.getValue());
                byte[] header = localHeader(part.getKey(), crc.getValue(), data.length, part.getValue().length);
                out.write(header);
                out.write(data);
                central.add(centralHeader(part.getKey(), crc.getValue(), data.length, part.getValue().length, offset));
                offset += header.length + data.length;
            }
            long declared = honestSize ? inflated : 1024;
            byte[] header = localHeader(hostilePart, 0, compressed, declared);
            out.write(header);
            out.write(head);
            for (long i = 0; i < repeats; i++) {
                out.write(body);
            }
            out.write(tail);
            central.add(centralHeader(hostilePart, 0, compressed, declared, offset));
            offset += header.length + compressed;
            long centralStart = offset;
            long centralSize = 0;
            for (byte[] entry : central) {
                out.write(entry);
                centralSize += entry.length;
            }
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                    .putShort((short) central.size()).putInt((int) centralSize).putInt((int) centralStart)
                    .putShort((short) 0);
            out.write(end.array());
        }
        return inflated;
    }

    /** Raw deflate: the last block when {@code last}, else ending in a full flush (byte-aligned, no history). */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
            if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                break;
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] localHeader(String name, long crc, long compressed, long size) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(30 + bytes.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8).putInt(0)
                .putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) bytes.length)
                .putShort((short) 0).put(bytes);
        return header.array();
    }

    private static byte[] centralHeader(String name, long crc, long compressed, long size, long offset) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(46 + bytes.length);
        header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                .putShort((short) 8).putInt(0).putInt((int) crc).putInt((int) compressed).putInt((int) size)
                .putShort((short) bytes.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt((int) offset).put(bytes);
        return header.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
