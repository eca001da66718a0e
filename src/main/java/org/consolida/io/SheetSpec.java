package org.consolida.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sheet of the inventory workbook (one top-level array of the JSON form): its name, its JSON key, whether it must be
 * present, what one row stands for, and its columns in order. The first column is the row's id, except in Traffic.
 *
 * @param extraExamples further example rows for the template, each given as the columns that differ from the
 *                      columns' examples (the template needs two workloads for a flow, for instance)
 */
public record SheetSpec(String name, String jsonKey, boolean required, String meaning, List<Column> columns,
                        List<Map<String, String>> extraExamples) {

    public SheetSpec {
        columns = List.copyOf(columns);
        extraExamples = List.copyOf(extraExamples);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + columnName);
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The template's example rows, as text per column (blank where a column has no example). */
    public List<Map<String, String>> exampleRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> first = new java.util.LinkedHashMap<>();
        columns.forEach(c -> first.put(c.name(), c.example()));
        rows.add(first);
        for (Map<String, String> differences : extraExamples) {
            Map<String, String> row = new java.util.LinkedHashMap<>(first);
            row.putAll(differences);
            rows.add(row);
        }
        return rows;
    }
}
