package io.typedoo.benchmarks.roundtrip;

import io.typedoo.benchmarks.model.Priority;
import io.typedoo.benchmarks.model.ResUsers;
import io.typedoo.benchmarks.model.TodoTask;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.benchmarks.model.TodoTaskRecord;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The jobs of {@link RoundTrips}, each written three ways: naive hand-written code on the untyped layer (one call
 * per record), minimal hand-written code (the fewest calls and bytes a knowing hand gets), and the generated API. A job returns what it produced, in a form both versions can be compared on.
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

    /**
     * The same page through the generated API, as users write it: the relations load for the whole page at once,
     * and what the search brings is learnt at this line (the defaults the first time it runs).
     */
    String typedPage(OdooClient odoo, Seed seed) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        return digest(tasks.search(Domain.all(), Page.first(page)));
    }

    /** {@link #typedPage} with what a search brings the first time a line runs it: {@code defaultPlan()}. */
    String typedPageDefaults(OdooClient odoo, Seed seed) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        return digest(tasks.search(Domain.all(), Page.first(page), null, tasks.defaultPlan()));
    }

    private static String digest(List<? extends TodoTask> found) {
        Digest digest = new Digest();
        for (TodoTask task : found) {
            ResUsers user = task.user();
            List<String> tagNames = new ArrayList<>();
            for (TodoTaskTag tag : task.tags()) {
                tagNames.add(tag.name());
            }
            digest.add(task.id(), task.name(), user == null ? null : user.name(), task.createdBy().name(), tagNames);
        }
        return digest.toString();
    }

    /**
     * The same page by hand with the fewest bytes: {@code search_read} of the four fields read (many2one values
     * come as {@code [id, name]} pairs), then one {@code read} of the names of the tags met.
     */
    String minimalPage(OdooClient odoo, Seed seed) {
        List<Row> rows = odoo.model("todo.task").searchRead(Domain.all(), SearchOptions.of().limit(page).order("id"),
                READ_FIELDS);
        Set<Long> tagIds = new TreeSet<>();
        rows.forEach(r -> tagIds.addAll(r.getIds("tag_ids")));
        Map<Long, String> tagNames = new HashMap<>();
        if (!tagIds.isEmpty()) {
            odoo.model("todo.task.tag").read(List.copyOf(tagIds), "name")
                    .forEach(t -> tagNames.put(t.id(), t.getString("name")));
        }
        Digest digest = new Digest();
        for (Row r : rows) {
            Many2one user = r.getMany2one("user_id");
            Many2one creator = r.getMany2one("create_uid");
            List<String> names = new ArrayList<>();
            r.getIds("tag_ids").forEach(id -> names.add(tagNames.get(id)));
            digest.add(r.id(), r.getString("name"), user == null ? null : user.displayName(),
                    creator == null ? null : creator.displayName(), names);
        }
        return digest.toString();
    }

    // ---- Bulk: create, write, unlink

    /** One {@code create}, one {@code write} and one {@code unlink} per task. */
    String naiveBulk(OdooClient odoo, Seed seed) {
        Model tasks = odoo.model("todo.task");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < bulk; i++) {
            ids.add(tasks.create(bulkValues(i)));
        }
        for (long id : ids) {
            tasks.write(List.of(id), Map.of("is_done", true));
        }
        for (long id : ids) {
            tasks.unlink(List.of(id));
        }
        return ids.size() + " created, written and deleted";
    }

    /** By hand with the fewest calls: {@code create} of every task, {@code write} of all, {@code unlink} of all. */
    String minimalBulk(OdooClient odoo, Seed seed) {
        Model tasks = odoo.model("todo.task");
        List<Map<String, Object>> values = new ArrayList<>(bulk);
        for (int i = 0; i < bulk; i++) {
            values.add(bulkValues(i));
        }
        List<Long> ids = tasks.create(values);
        tasks.write(ids, Map.of("is_done", true));
        tasks.unlink(ids);
        return ids.size() + " created, written and deleted";
    }

    /** The generated API: {@code createAll}, {@code write} of the records, {@code unlink} of them. */
    String typedBulk(OdooClient odoo, Seed seed) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        List<TodoTaskValues> all = new ArrayList<>(bulk);
        for (int i = 0; i < bulk; i++) {
            all.add(tasks.values().name("Bulk task " + i).priority(i % 2 == 0 ? Priority.URGENT : Priority.NORMAL));
        }
        List<TodoTaskRecord> created = tasks.createAll(all);
        tasks.write(created, v -> v.isDone(true));
        tasks.unlink(created);
        return created.size() + " created, written and deleted";
    }

    private static Map<String, Object> bulkValues(int i) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Bulk task " + i);
        values.put("priority", i % 2 == 0 ? "1" : "0");
        return values;
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
