package io.typedoo.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsWriterTest {

    /** Two rows shaped like xmlrpc/09-read-field-types and 10-read-empty-values. */
    private static List<Map<String, Object>> rows() {
        Map<String, Object> wood = new LinkedHashMap<>();
        wood.put("id", 9L);
        wood.put("name", "Wood Corner");
        wood.put("parent_id", false);
        wood.put("category_id", List.of(6L, 7L));
        wood.put("is_company", true);
        wood.put("comment", "line one\nline two");
        Map<String, Object> ron = new LinkedHashMap<>();
        ron.put("id", 18L);
        ron.put("name", "Ron Gibson, \"Ronnie\"");
        ron.put("parent_id", List.of(9L, "Wood Corner"));
        ron.put("category_id", List.of());
        ron.put("is_company", false);
        ron.put("comment", false);
        return List.of(wood, ron);
    }

    private static final List<String> COLUMNS = List.of("id", "name", "parent_id", "category_id", "is_company",
            "comment");

    private static String write(RecordsWriter.Format format) {
        StringWriter text = new StringWriter();
        RecordsWriter.write(new PrintWriter(text), format, COLUMNS, rows());
        return text.toString();
    }

    @Test
    void tableAlignsColumnsAndShowsRelationsReadably() {
        String expected = """
                id  name                  parent_id         category_id  is_company  comment
                --  --------------------  ----------------  -----------  ----------  -----------------
                9   Wood Corner           false             6,7          true        line one⏎line two
                18  Ron Gibson, "Ronnie"  Wood Corner (#9)               false       false
                """;
        assertEquals(expected, write(RecordsWriter.Format.TABLE).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void csvQuotesAndUsesIdsAndEmptyCells() {
        String expected = """
                id,name,parent_id,category_id,is_company,comment
                9,Wood Corner,,"6,7",true,"line one
                line two"
                18,"Ron Gibson, ""Ronnie\""",9,,false,
                """;
        assertEquals(expected, write(RecordsWriter.Format.CSV));
    }

    @Test
    void jsonKeepsWireConversionsAndColumnOrder() {
        String json = write(RecordsWriter.Format.JSON);
        assertTrue(json.contains("\"parent_id\" : [ 9, \"Wood Corner\" ]"), json);
        assertTrue(json.contains("\"parent_id\" : false"), json);
        assertTrue(json.indexOf("\"name\"") < json.indexOf("\"parent_id\""), json);
        assertTrue(json.strip().startsWith("[") && json.strip().endsWith("]"), json);
    }

    @Test
    void longCellsAreCut() {
        String cell = Table.singleLine("x".repeat(100));
        assertEquals(Table.MAX_CELL_WIDTH, cell.length());
        assertTrue(cell.endsWith("…"));
    }
}
