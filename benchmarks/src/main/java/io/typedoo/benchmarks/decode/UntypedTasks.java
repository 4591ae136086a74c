package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.TagRef;
import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.fixture.UserRef;
import io.typedoo.client.OdooClient;
import io.typedoo.value.WireConversions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code todo.task} read with typedoo's transport and hand-written mapping: {@link OdooClient#execute} of the same
 * {@code web_search_read} call, whose normalised answer ({@code Long}, {@code List}, {@code Map}) is mapped by hand.
 * Sits between the raw baseline and the generated API, to show where a difference comes from.
 */
final class UntypedTasks {

    private UntypedTasks() {
    }

    static List<TaskRow> webSearchRead(OdooClient odoo, int limit) {
        Object answer = odoo.execute("todo.task", "web_search_read", List.of(List.of(), TaskRow.SPECIFICATION),
                Map.of("limit", limit));
        List<?> records = (List<?>) asMap(answer).get("records");
        List<TaskRow> rows = new ArrayList<>(records.size());
        for (Object record : records) {
            rows.add(toRow(asMap(record)));
        }
        return rows;
    }

    private static TaskRow toRow(Map<String, Object> m) {
        Object user = m.get("user_id");
        List<?> tagValues = (List<?>) m.get("tag_ids");
        List<TagRef> tags = new ArrayList<>(tagValues.size());
        for (Object tag : tagValues) {
            Map<String, Object> t = asMap(tag);
            tags.add(new TagRef((Long) t.get("id"), (String) t.get("name")));
        }
        return new TaskRow(
                (Long) m.get("id"),
                (String) m.get("name"),
                (Boolean) m.get("is_done"),
                WireConversions.toDate(m.get("date_deadline")),
                user instanceof Map<?, ?> ? userRef(user) : null,
                tags,
                (String) m.get("priority"),
                WireConversions.toStringValue(m.get("description")),
                userRef(m.get("create_uid")));
    }

    private static UserRef userRef(Object value) {
        Map<String, Object> ref = asMap(value);
        return new UserRef((Long) ref.get("id"), (String) ref.get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
