package org.consolida.roadef;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The figures of {@code results.csv}: per instance, the cost of the original assignment and the best published. */
public record PublishedResults(Map<String, Row> rows) {
    /** One instance: {@code best} is the column {@code lowest_found}, the lowest feasible cost in the sources. */
    public record Row(String instance, long initialCost, long best, String bestSource) {
    }

    public static PublishedResults read(Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get();
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(in)) {
                rows.put(record.get("instance"), new Row(record.get("instance"),
                        Long.parseLong(record.get("initial_cost")),
                        Long.parseLong(record.get("lowest_found")),
                        record.get("lowest_found_source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(csv + ": " + e.getMessage(), e);
        }
        return new PublishedResults(java.util.Collections.unmodifiableMap(rows));
    }

    public Optional<Row> row(String instance) {
        return Optional.ofNullable(rows.get(instance));
    }
}
