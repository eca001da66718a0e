package org.consolida.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
public final class SheetSpec {
    private final String name;
    private final String jsonKey;
    private final boolean required;
    private final String meaning;
    private final List<Column> columns;
    private final List<Map<String, String>> extraExamples;
    /** Column positions by name: the builder looks a column up for every cell of 100,000 rows. */
    private final Map<String, Integer> index = new HashMap<>();

    public SheetSpec(String name, String jsonKey, boolean required, String meaning, List<Column> columns,
                     List<Map<String, String>> extraExamples) {
        this.name = name;
        this.jsonKey = jsonKey;
        this.required = required;
        this.meaning = meaning;
        this.columns = List.copyOf(columns);
        this.extraExamples = List.copyOf(extraExamples);
        for (int i = 0; i < this.columns.size(); i++) {
            index.put(this.columns.get(i).name(), i);
        }
    }

    public String name() { return name; }
    public String jsonKey() { return jsonKey; }
    public boolean required() { return required; }
    public String meaning() { return meaning; }
    public List<Column> columns() { return columns; }
    public List<Map<String, String>> extraExamples() { return extraExamples; }

    public Optional<Column> column(String columnName) {
        Integer i = index.get(columnName);
        return i == null ? Optional.empty() : Optional.of(columns.get(i));
    }

    public int indexOf(String columnName) {
        Integer i = index.get(columnName);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no column " + columnName);
        }
        return i;
    }

    @Override
    public String toString() {
        return name;
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The template's example rows, as text per column (blank where a column has no example). */
    public List<Map<String, String>> exampleRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> first = new LinkedHashMap<>();
        columns.forEach(c -> first.put(c.name(), c.example()));
        rows.add(first);
        for (Map<String, String> differences : extraExamples) {
            Map<String, String> row = new LinkedHashMap<>(first);
            row.putAll(differences);
            rows.add(row);
        }
        return rows;
    }
}
