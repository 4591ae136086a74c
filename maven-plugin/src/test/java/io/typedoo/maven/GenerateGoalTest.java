package io.typedoo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typedoo:generate}: interfaces written once, then never over a file someone edited unless asked to. */
@OdooTest
class GenerateGoalTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @Test
    void writesTheInterfacesThenKeepsEditedOnesUnlessOverwriteIsSet(OdooTestServer server) throws Exception {
        File root = dir.toFile();
        Path task = dir.resolve("com/example/odoo/TodoTask.java");
        Path tag = dir.resolve("com/example/odoo/TodoTaskTag.java");
        Goals.generate(server, log, root, "todo.task", "todo.task.tag").execute();
        assertEquals(List.of("[INFO] Wrote " + task, "[INFO] Wrote " + tag), log.lines);
        assertTrue(Files.readString(task).contains("List<TodoTaskTag> tags();"));

        Files.writeString(task, Files.readString(task).replace("    boolean isDone();\n", ""));
        String edited = Files.readString(task);
        log.lines.clear();
        Goals.generate(server, log, root, "todo.task", "todo.task.tag").execute();
        assertEquals(List.of("[WARNING] Kept " + task + ": it was edited since it was generated"
                + " (-Dtypedoo.overwrite=true replaces it)", "[INFO] Unchanged " + tag), log.lines);
        assertEquals(edited, Files.readString(task));

        log.lines.clear();
        GenerateMojo overwrite = Goals.generate(server, log, root, "todo.task", "todo.task.tag");
        overwrite.overwrite = true;
        overwrite.execute();
        assertEquals(List.of("[WARNING] Overwrote " + task + ", edited since it was generated",
                "[INFO] Unchanged " + tag), log.lines);
        assertTrue(Files.readString(task).contains("boolean isDone();"));
    }
}
