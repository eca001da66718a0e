package org.consolida.io.rvtools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

/**
 * Reads a CSV export of RVTools: one {@code RVTools_tab<Tab>.csv} file per tab, in a folder or a zip. The delimiter is
 * whatever the header line uses most (comma, semicolon or tab: it follows the exporting machine's locale).
 */
final class CsvTabs {
    static final Pattern FILE_NAME = Pattern.compile("(?i)(?:.*/)?RVTools_tab(\\w+)\\.csv");

    private CsvTabs() {
    }

    /** The tab a file holds, or null when the name is not {@code RVTools_tab<Tab>.csv}. */
    static String tabOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName.replace('\\', '/'));
        return matcher.matches() ? matcher.group(1) : null;
    }

    static Export readFolder(Path folder) {
        Export export = new Export(folder.toString());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String tab = tabOf(path.getFileName().toString());
                if (tab != null && Export.TABS.contains(tab.toLowerCase(Locale.ROOT))) {
                    try (InputStream in = Files.newInputStream(path)) {
                        export.add(read(path.toString(), tab, in));
                    }
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.of(folder.toString(), "", "cannot be read (" + e.getMessage() + ")");
        }
        return export;
    }

    static Export readZip(Path zip) {
        Export export = new Export(zip.toString());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String tab = entry.isDirectory() ? null : tabOf(entry.getName());
                if (tab != null && Export.TABS.contains(tab.toLowerCase(Locale.ROOT))) {
                    try (InputStream in = file.getInputStream(entry)) {
                        export.add(read(zip + "!" + entry.getName(), tab, in));
                    }
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.of(zip.toString(), "", "cannot be read as a zip (" + e.getMessage() + ")");
        }
        return export;
    }

    private static Table read(String file, String tab, InputStream in) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') { // a byte-order mark, as Windows tools write, is not part of the header
            reader.reset();
        }
        reader.mark(1 << 16);
        char delimiter = sniffDelimiter(reader);
        reader.reset();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                if (header.isEmpty()) {
                    record.forEach(header::add);
                    continue;
                }
                String[] cells = new String[header.size()];
                boolean blank = true;
                for (int i = 0; i < Math.min(cells.length, record.size()); i++) {
                    cells[i] = record.get(i);
                    blank &= cells[i].isBlank();
                }
                if (blank) {
                    break; // the first empty row ends the tab, as in a workbook
                }
                rows.add(cells);
            }
        }
        return new Table(file, tab, true, 2, header, rows);
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
