package io.typedoo.benchmarks.roundtrip;

import io.typedoo.benchmarks.model.Priority;
import io.typedoo.benchmarks.model.ResUsers;
import io.typedoo.benchmarks.model.TodoTask;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.benchmarks.model.TodoTaskTag;
import io.typedoo.benchmarks.model.TodoTaskValues;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.typed.Page;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import io.typedoo.value.Many2one;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The jobs of {@link RoundTrips}, each written twice: naive hand-written code on the untyped layer, and the
 * generated typed API. A job returns what it produced, in a form both versions can be compared on.
 *
 * @param page tasks on the page read
 * @param bulk tasks created, and tasks written, in bulk
 */
record Scenarios(int page, int bulk) {

    /** Users the seeded tasks are assigned to: admin (2) and demo (6), as in Odoo's demo data. */
    private static final long[] USERS = {2, 6};
    private static final int TAGS = 12;
    private static final String[] READ_FIELDS = {"name", "user_id", "create_uid", "tag_ids"};

    /** What a job starts from. */
    record Seed(List<Long> taskIds) {
    }

    /** One way of doing a job. */
    @FunctionalInterface
    interface Job {
        String run(OdooClient odoo, Seed seed);
    }

    Seed seedNothing(OdooClient odoo) {
        return new Seed(List.of());
    }

    /** {@code page} tasks with a user (or none), zero to three tags, in one call per model. */
    Seed seedPage(OdooClient odoo) {
        return new Seed(seedTasks(odoo, page));
    }

    /** {@code bulk} tasks, seeded as for the page. */
    Seed seedBulk(OdooClient odoo) {
        return new Seed(seedTasks(odoo, bulk));
    }

    private static List<Long> seedTasks(OdooClient odoo, int count) {
        List<Map<String, Object>> tags = new ArrayList<>();
        for (int i = 1; i <= TAGS; i++) {
            tags.add(Map.of("name", "Tag " + i));
        }
        List<Long> tagIds = odoo.model("todo.task.tag").create(tags);
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("name", "Seeded task " + i);
            if (i % 7 != 0) {
                task.put("user_id", USERS[i % USERS.length]);
            }
            List<Long> some = new ArrayList<>();
            for (int t = 0; t < i % 4; t++) {
                some.add(tagIds.get((i + t) % tagIds.size()));
            }
            task.put("tag_ids", List.of(List.of(6, 0, some)));
            tasks.add(task);
        }
        return odoo.model("todo.task").create(tasks);
    }

    // ---- Reading a page with three relations

    /** Search the ids, then read each task, its user, its creator and its tags: one call each, per task. */
    String naivePage(OdooClient odoo, Seed seed) {
        Model tasks = odoo.model("todo.task");
        Model users = odoo.model("res.users");
        Model tags = odoo.model("todo.task.tag");
        Digest digest = new Digest();
        for (long id : tasks.search(Domain.all(), SearchOptions.of().limit(page).order("id"))) {
            Row task = tasks.read(List.of(id), READ_FIELDS).get(0);
            Many2one user = task.getMany2one("user_id");
            Many2one creator = task.getMany2one("create_uid");
            List<String> tagNames = new ArrayList<>();
            List<Long> tagIds = task.getIds("tag_ids");
            if (!tagIds.isEmpty()) {
                tags.read(tagIds, "name").forEach(t -> tagNames.add(t.getString("name")));
            }
            digest.add(id, task.getString("name"),
                    user == null ? null : users.read(List.of(user.id()), "name").get(0).getString("name"),
                    creator == null ? null : users.read(List.of(creator.id()), "name").get(0).getString("name"),
                    tagNames);
        }
        return digest.toString();
    }

    /** The same page through the generated API: the relations load for the whole page at once. */
    String typedPage(OdooClient odoo, Seed seed) {
        Digest digest = new Digest();
        for (TodoTask task : TodoTaskModel.of(odoo).search(Domain.all(), Page.first(page))) {
            ResUsers user = task.user();
            List<String> tagNames = new ArrayList<>();
            for (TodoTaskTag tag : task.tags()) {
                tagNames.add(tag.name());
            }
            digest.add(task.id(), task.name(), user == null ? null : user.name(), task.createdBy().name(), tagNames);
        }
        return digest.toString();
    }

    // ---- Bulk create

    /** One {@code create} per task. */
    String naiveCreate(OdooClient odoo, Seed seed) {
        Model tasks = odoo.model("todo.task");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < bulk; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", "Bulk task " + i);
            values.put("priority", i % 2 == 0 ? "1" : "0");
            ids.add(tasks.create(values));
        }
        return ids.size() + " created";
    }

    /** {@code createAll}: every task in one call. */
    String typedCreate(OdooClient odoo, Seed seed) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        List<TodoTaskValues> all = new ArrayList<>();
        for (int i = 0; i < bulk; i++) {
            all.add(tasks.values().name("Bulk task " + i).priority(i % 2 == 0 ? Priority.URGENT : Priority.NORMAL));
        }
        return tasks.createAll(all).size() + " created";
    }

    // ---- Bulk write

    /** One {@code write} per task. */
    String naiveWrite(OdooClient odoo, Seed seed) {
        Model tasks = odoo.model("todo.task");
        for (long id : seed.taskIds()) {
            tasks.write(List.of(id), Map.of("is_done", true));
        }
        return seed.taskIds().size() + " written";
    }

    /** One {@code write} for every task. */
    String typedWrite(OdooClient odoo, Seed seed) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        tasks.write(tasks.browse(seed.taskIds()), v -> v.isDone(true));
        return seed.taskIds().size() + " written";
    }

    /** What the database holds after a job, to check that both versions of it did the same. */
    static String state(OdooClient odoo) {
        Model tasks = odoo.model("todo.task");
        return tasks.count(Domain.leaf("name", "like", "Bulk task")) + " bulk tasks, "
                + tasks.count(Domain.leaf("is_done", "=", true)) + " done";
    }

    /** What a page read produced, independent of order. */
    private static final class Digest {
        private final Map<Long, String> rows = new TreeMap<>();

        void add(long id, @Nullable String name, @Nullable String user, @Nullable String creator, List<String> tags) {
            rows.put(id, name + "|" + user + "|" + creator + "|" + tags);
        }

        @Override
        public String toString() {
            return rows.size() + " tasks, digest " + Integer.toHexString(rows.hashCode());
        }
    }
}
