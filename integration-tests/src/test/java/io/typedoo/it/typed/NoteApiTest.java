package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.junit.OdooTest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The seed's NoteAPI as docs/readme/processor.md shows it, run against the testkit server. */
@OdooTest
class NoteApiTest {

    /** Get all notes; set a text on an id, or create a note when there is no id. */
    static final class NoteApi {
        private final TodoTaskModel tasks;

        NoteApi(OdooClient odoo) { this.tasks = TodoTaskModel.of(odoo); }

        List<TodoTaskRecord> all() { return tasks.search(Domain.all()); }

        TodoTaskRecord save(@Nullable Long id, String text) {
            if (id == null) return tasks.create(v -> v.name(text));
            TodoTaskRecord note = tasks.browse(id);
            tasks.write(note, v -> v.name(text));
            return note;
        }
    }

    @Test
    void createsListsAndUpdatesNotes(OdooClient odoo) {
        NoteApi notes = new NoteApi(odoo);
        int before = notes.all().size();

        TodoTaskRecord created = notes.save(null, "Buy milk");
        notes.save(created.id(), "Buy oat milk");

        List<TodoTaskRecord> all = notes.all();
        assertEquals(before + 1, all.size());
        assertTrue(all.stream().anyMatch(n -> n.id() == created.id() && n.name().equals("Buy oat milk")));
        assertEquals("Buy oat milk", created.name());
    }
}
