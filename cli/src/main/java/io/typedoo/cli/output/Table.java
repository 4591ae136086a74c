package io.typedoo.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table with aligned columns, for people; scripts use {@code --json} or {@code --csv}. Cells are
 * single-line: line breaks are shown as {@code ⏎} and long cells are cut at {@link #MAX_CELL_WIDTH} characters
 * with an ellipsis.
 */
public final class Table {

    /** The widest a cell is printed. */
    public static final int MAX_CELL_WIDTH = 60;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headers. */
    public Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it must have one cell per header. */
    public Table addRow(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + headers.size()
                    + " columns");
        }
        List<String> clean = new ArrayList<>(cells.size());
        for (String cell : cells) {
            clean.add(singleLine(cell));
        }
        rows.add(clean);
        return this;
    }

    /** How many rows were added. */
    public int rowCount() {
        return rows.size();
    }

    /** Prints the header, a rule, and the rows, with two spaces between columns and no trailing blanks. */
    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        printRow(out, headers, widths);
        List<String> rule = new ArrayList<>(widths.length);
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        printRow(out, rule, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - cell.length()));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    static String singleLine(String cell) {
        String one = cell.replace("\r\n", "\n").replace('\n', '⏎').replace('\t', ' ');
        return one.length() <= MAX_CELL_WIDTH ? one : one.substring(0, MAX_CELL_WIDTH - 1) + "…";
    }
}
