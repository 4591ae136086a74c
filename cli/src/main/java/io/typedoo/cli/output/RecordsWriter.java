package io.typedoo.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints rows as Odoo returned them (the runtime's normalised form) in one of three formats.
 *
 * <ul>
 *   <li>{@link Format#TABLE}: aligned columns for people; a many2one shows as {@code Name (#id)}, an x2many as
 *       its ids, Odoo's {@code False} as {@code false}.
 *   <li>{@link Format#JSON}: a JSON array of objects, values exactly as Odoo sent them.
 *   <li>{@link Format#CSV}: a header and one line per row; a many2one is its id, an x2many its ids separated
 *       by commas, Odoo's {@code False} for an empty value is an empty cell, except in booleans.
 * </ul>
 */
public final class RecordsWriter {

    /** The output formats of {@code read}. */
    public enum Format { TABLE, JSON, CSV }

    /** Quotes a cell only when it has to (separator, quote, line break), for CSV that reads well. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private RecordsWriter() {
    }

    /**
     * Prints the rows.
     *
     * @param columns the columns in order; a row without a column prints an empty cell
     */
    public static void write(PrintWriter out, Format format, List<String> columns, List<Map<String, Object>> rows) {
        switch (format) {
            case JSON -> {
                List<Map<String, Object>> ordered = new ArrayList<>(rows.size());
                for (Map<String, Object> row : rows) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    for (String column : columns) {
                        if (row.containsKey(column)) {
                            copy.put(column, row.get(column));
                        }
                    }
                    ordered.add(copy);
                }
                out.println(Json.writeUnsorted(ordered));
            }
            case CSV -> writeCsv(out, columns, rows);
            case TABLE -> {
                Table table = new Table(columns);
                for (Map<String, Object> row : rows) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (String column : columns) {
                        cells.add(tableCell(row.get(column)));
                    }
                    table.addRow(cells);
                }
                table.print(out);
            }
        }
        out.flush();
    }

    private static void writeCsv(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : columns) {
            schema.addColumn(column);
        }
        List<Map<String, String>> cells = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            for (String column : columns) {
                line.put(column, csvCell(row.get(column), isBooleanColumn(column, rows)));
            }
            cells.add(line);
        }
        try {
            out.print(CSV.writer(schema.build()).writeValueAsString(cells));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV: " + e.getOriginalMessage(), e);
        }
    }

    /** A column is boolean when every row holds a boolean in it and at least one is true. */
    private static boolean isBooleanColumn(String column, List<Map<String, Object>> rows) {
        boolean anyTrue = false;
        for (Map<String, Object> row : rows) {
            Object v = row.get(column);
            if (!(v instanceof Boolean b)) {
                return false;
            }
            anyTrue |= b;
        }
        return anyTrue;
    }

    /** A cell of the table. */
    static String tableCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (isMany2one(value)) {
            List<?> pair = (List<?>) value;
            return pair.get(1) + " (#" + pair.get(0) + ")";
        }
        if (value instanceof List<?> list) {
            return joined(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Json.writeCompact(map);
        }
        return value.toString();
    }

    /** A cell of the CSV. */
    static String csvCell(@Nullable Object value, boolean booleanColumn) {
        if (value == null || (Boolean.FALSE.equals(value) && !booleanColumn)) {
            return "";
        }
        if (isMany2one(value)) {
            return String.valueOf(((List<?>) value).get(0));
        }
        if (value instanceof List<?> list) {
            return joined(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Json.writeCompact(map);
        }
        return value.toString();
    }

    private static boolean isMany2one(Object value) {
        return value instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number && l.get(1) instanceof String;
    }

    private static String joined(List<?> list) {
        List<String> parts = new ArrayList<>(list.size());
        for (Object item : list) {
            parts.add(String.valueOf(item));
        }
        return String.join(",", parts);
    }
}
