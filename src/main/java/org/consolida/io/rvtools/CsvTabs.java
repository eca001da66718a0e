package org.consolida.io.rvtools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.consolida.inventory.InvalidInputException;
import org.consolida.io.BlankRows;
import org.consolida.io.LimitedInput;
import org.consolida.io.ReadLimits;

/**
 * Reads a CSV export of RVTools: one {@code RVTools_tab<Tab>.csv} file per tab, in a folder or a zip. The delimiter is
 * whatever the header line uses most (comma, semicolon or tab: it follows the exporting machine's locale). Each file is
 * read under the read limits (its inflated size, the length of one field), a blank row is skipped with a warning, and
 * a CSV syntax error (an unterminated quote) is a problem at its line.
 */
final class CsvTabs {
    /** commons-csv names the line a broken quoted field started on: "(startline 3) EOF reached before …". */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    static final Pattern FILE_NAME = Pattern.compile("(?i)(?:.*/)?RVTools_tab(\\w+)\\.csv");

    private CsvTabs() {
    }

    /** The tab a file holds, or null when the name is not {@code RVTools_tab<Tab>.csv}. */
    static String tabOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName.replace('\\', '/'));
        return matcher.matches() ? matcher.group(1) : null;
    }

    static Export readFolder(Path folder, ReadLimits limits) {
        Export export = new Export(folder.toString());
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String tab = tabOf(path.getFileName().toString());
                if (tab != null && Export.TABS.contains(tab.toLowerCase(Locale.ROOT))) {
                    export.claim(tab, path.getFileName().toString());
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.of(folder.toString(), "", "cannot be read (" + e.getMessage() + ")");
        }
        export.throwIfAmbiguous();
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                throw InvalidInputException.of(path.toString(), "", "is not a regular file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                read(export, path.toString(), tabOf(path.getFileName().toString()), in, limits);
            } catch (IOException e) {
                throw InvalidInputException.of(path.toString(), "", "cannot be read (" + e.getMessage() + ")");
            }
        }
        return export;
    }

    static Export readZip(Path zip, ReadLimits limits) {
        Export export = new Export(zip.toString());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<ZipEntry> tabs = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String tab = entry.isDirectory() ? null : tabOf(entry.getName());
                if (tab != null && Export.TABS.contains(tab.toLowerCase(Locale.ROOT))) {
                    export.claim(tab, entry.getName());
                    tabs.add(entry);
                }
            }
            export.throwIfAmbiguous();
            for (ZipEntry entry : tabs) {
                String name = zip + "!" + entry.getName();
                if (entry.getSize() > limits.maxPartBytes()) {
                    throw tooLarge(name, limits);
                }
                try (InputStream in = file.getInputStream(entry)) {
                    read(export, name, tabOf(entry.getName()), in, limits);
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.of(zip.toString(), "", "cannot be read as a zip (" + e.getMessage() + ")");
        }
        return export;
    }

    private static InvalidInputException tooLarge(String file, ReadLimits limits) {
        return InvalidInputException.of(file, "", "inflates to more than " + ReadLimits.size(limits.maxPartBytes())
                + ", the limit for one CSV file of an export; no real export comes near this (if this one is genuine, "
                + "raise -Dconsolida.maxPartMib)");
    }

    /** Reads one CSV file into a table of the export, every problem located by line. */
    private static void read(Export export, String file, String tab, InputStream in, ReadLimits limits)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new LimitedInput(in, limits.maxPartBytes()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        FieldLimit limited = null;
        CSVParser parser = null;
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') { // a byte-order mark, as Windows tools write, is not part of the header
                reader.reset();
            }
            reader.mark(1 << 16);
            char delimiter = sniffDelimiter(reader);
            reader.reset();
            limited = new FieldLimit(reader, delimiter, limits.maxCellChars());
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            List<String> header = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            BlankRows blankRows = new BlankRows();
            long last = 1;
            parser = CSVParser.parse(limited, format);
            for (CSVRecord record : parser) {
                if (header.isEmpty()) {
                    record.forEach(header::add);
                    continue;
                }
                String[] cells = new String[header.size()];
                boolean blank = true;
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    blank &= value.isBlank();
                    if (i < cells.length) {
                        cells[i] = value;
                    }
                }
                if (blank) {
                    continue; // counted as skipped once a row below it is read
                }
                long number = record.getRecordNumber();
                blankRows.skipped(last + 1, number - 1);
                last = number;
                rows.add(cells);
                numbers.add((int) Math.min(Integer.MAX_VALUE, number));
            }
            export.add(new Table(file, tab, true, header, rows, numbers.stream().mapToInt(Integer::intValue).toArray()));
            export.warnings().addAll(blankRows.warning(file, ""));
        } catch (LimitedInput.TooLarge e) {
            throw tooLarge(file, limits);
        } catch (FieldTooLong e) {
            throw InvalidInputException.of(file, "line " + e.line, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof LimitedInput.TooLarge) {
                throw tooLarge(file, limits);
            }
            if (cause instanceof FieldTooLong tooLong) {
                throw InvalidInputException.of(file, "line " + tooLong.line, tooLong.getMessage());
            }
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            Matcher start = START_LINE.matcher(message);
            long line = start.find() ? Long.parseLong(start.group(1)) : limited == null ? 1 : limited.line();
            throw InvalidInputException.of(file, "line " + line, "not valid CSV: "
                    + START_LINE.matcher(message).replaceFirst("").strip() + "; export the tab again from RVTools");
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /** A field longer than the cell limit, found while reading (before the parser builds it as one string). */
    private static final class FieldTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        FieldTooLong(long line, int limit) {
            super("a field holds more than " + limit + " characters, the limit for one CSV field (an unterminated "
                    + "quote makes the rest of the file one field); check the quotes on this line");
            this.line = line;
        }
    }

    /**
     * Counts the characters of the current field as the parser pulls them (a quote toggles quoted text, a delimiter
     * or line break outside quotes ends a field), so one huge field is refused before it is ever one string.
     */
    private static final class FieldLimit extends Reader {
        private final Reader in;
        private final char delimiter;
        private final int limit;
        private boolean quoted;
        private long field;
        private long line = 1;
        private long fieldLine = 1;

        FieldLimit(Reader in, char delimiter, int limit) {
            this.in = in;
            this.delimiter = delimiter;
            this.limit = limit;
        }

        long line() {
            return line;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(0, n); i++) {
                char c = buffer[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == delimiter || c == '\n' || c == '\r')) {
                    field = 0;
                    fieldLine = c == '\n' ? line + 1 : line;
                } else if (++field > limit) {
                    throw new FieldTooLong(fieldLine, limit);
                }
                if (c == '\n') {
                    line++;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static char sniffDelimiter(Reader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int c = reader.read(), n = 0; c != -1 && c != '\n' && n < (1 << 16) - 1; c = reader.read(), n++) {
            switch (c) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
