package org.consolida.roadef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;

/**
 * Reads whitespace-separated non-negative integers from a whole file held in memory: set B files reach 50,000
 * processes and millions of tokens, so one pass over the bytes, no regex, no per-line strings.
 */
final class Tokenizer {
    private final String file;
    private final byte[] bytes;
    private int position;
    private int line = 1;
    private int token;
    private int tokenLine = 1;

    Tokenizer(String file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    static Tokenizer of(Path path) {
        try {
            return new Tokenizer(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw InvalidInputException.of(path.toString(), "", "cannot be read (" + e.getMessage()
                    + "); give the path of an existing, readable file");
        }
    }

    /** The next integer, read as {@code what} for error messages. */
    long nextLong(String what) {
        skipWhitespace();
        token++;
        tokenLine = line;
        if (position >= bytes.length) {
            throw problem("expected " + what + ", found the end of the file; the file is truncated");
        }
        int start = position;
        long value = 0;
        boolean overflow = false;
        while (position < bytes.length && !isWhitespace(bytes[position])) {
            byte b = bytes[position];
            if (b < '0' || b > '9') {
                while (position < bytes.length && !isWhitespace(bytes[position])) {
                    position++;
                }
                throw problem(what + " \"" + text(start) + "\" is not a non-negative integer");
            }
            if (value > (Long.MAX_VALUE - 9) / 10) {
                overflow = true;
            }
            value = value * 10 + (b - '0');
            position++;
        }
        if (overflow) {
            throw problem(what + " \"" + text(start) + "\" is too large for a 64-bit integer");
        }
        return value;
    }

    /** The next integer, which must lie in [min, max]. */
    int nextInt(String what, long min, long max) {
        long value = nextLong(what);
        if (value < min || value > max) {
            throw problem(what + " " + value + " is out of range; expected " + min + " to " + max);
        }
        return (int) value;
    }

    /** Fails unless only whitespace remains. */
    void expectEnd(String after) {
        skipWhitespace();
        if (position < bytes.length) {
            token++;
            tokenLine = line;
            int start = position;
            while (position < bytes.length && !isWhitespace(bytes[position])) {
                position++;
            }
            throw problem("unexpected \"" + text(start) + "\" after " + after + "; the file should end there");
        }
    }

    /** An error located at the last token read. */
    InvalidInputException problem(String message) {
        return InvalidInputException.of(file, "line " + tokenLine + ", token " + token, message);
    }

    String file() {
        return file;
    }

    private String text(int start) {
        int end = Math.min(position, start + 40);
        return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void skipWhitespace() {
        while (position < bytes.length && isWhitespace(bytes[position])) {
            if (bytes[position] == '\n') {
                line++;
            }
            position++;
        }
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
