package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.fixture.UserRef;
import io.typedoo.domain.Domain;
import io.typedoo.model.Model;
import io.typedoo.model.OdooRecord;
import io.typedoo.model.SearchOptions;
import io.typedoo.value.Many2one;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/** {@code todo.task} read through typedoo's untyped layer ({@link Model}, {@link OdooRecord}). */
final class UntypedTasks {

    private static final String[] FIELDS = TaskRow.FIELDS.toArray(String[]::new);

    private UntypedTasks() {
    }

    static List<OdooRecord> searchRead(Model tasks, int limit) {
        return tasks.searchRead(Domain.all(), SearchOptions.of().limit(limit), FIELDS);
    }

    /** Reads every field of {@code record} with the typed getter a user would call, into {@code sink}. */
    static void consume(OdooRecord record, Blackhole sink) {
        sink.consume(record.id());
        sink.consume(record.getString("name"));
        sink.consume(record.getBoolean("is_done"));
        sink.consume(record.getDate("date_deadline"));
        sink.consume(record.getMany2one("user_id"));
        sink.consume(record.getIds("tag_ids"));
        sink.consume(record.getString("priority"));
        sink.consume(record.getString("description"));
        sink.consume(record.getMany2one("create_uid"));
    }

    /** The same getters as {@link #consume}, into a {@link TaskRow}, to check that every variant reads the same. */
    static TaskRow toRow(OdooRecord record) {
        Many2one createdBy = record.getMany2one("create_uid");
        if (createdBy == null) {
            throw new IllegalStateException("create_uid missing in task " + record.id());
        }
        return new TaskRow(record.id(), String.valueOf(record.getString("name")), record.getBoolean("is_done"),
                record.getDate("date_deadline"), user(record.getMany2one("user_id")), record.getIds("tag_ids"),
                String.valueOf(record.getString("priority")), record.getString("description"), user(createdBy));
    }

    private static @Nullable UserRef user(@Nullable Many2one value) {
        return value == null ? null : new UserRef(value.id(), value.displayName());
    }
}
