package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.TagRef;
import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.fixture.UserRef;
import io.typedoo.benchmarks.model.ResUsers;
import io.typedoo.benchmarks.model.TodoTask;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.benchmarks.model.TodoTaskTag;
import io.typedoo.domain.Domain;
import io.typedoo.typed.Page;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/** {@code todo.task} read through the generated API, as a user of typedoo writes it. */
final class TypedTasks {

    private TypedTasks() {
    }

    static List<? extends TodoTask> search(TodoTaskModel tasks, int limit) {
        return tasks.search(Domain.all(), Page.first(limit));
    }

    /** Reads every field of {@code task}, and the id and name of its user, creator and tags, into {@code sink}. */
    static void consume(TodoTask task, Blackhole sink) {
        sink.consume(task.id());
        sink.consume(task.name());
        sink.consume(task.isDone());
        sink.consume(task.dateDeadline());
        ResUsers user = task.user();
        if (user != null) {
            sink.consume(user.id());
            sink.consume(user.name());
        }
        for (TodoTaskTag tag : task.tags()) {
            sink.consume(tag.id());
            sink.consume(tag.name());
        }
        sink.consume(task.priority());
        sink.consume(task.description());
        ResUsers creator = task.createdBy();
        sink.consume(creator.id());
        sink.consume(creator.name());
    }

    /** The same accessors as {@link #consume}, into a {@link TaskRow}, to check that every variant reads the same. */
    static TaskRow toRow(TodoTask task) {
        List<TagRef> tags = new ArrayList<>();
        for (TodoTaskTag tag : task.tags()) {
            tags.add(new TagRef(tag.id(), tag.name()));
        }
        return new TaskRow(task.id(), task.name(), task.isDone(), task.dateDeadline(), user(task.user()), tags,
                task.priority().odooValue(), task.description(), new UserRef(task.createdBy().id(),
                        task.createdBy().name()));
    }

    private static @Nullable UserRef user(@Nullable ResUsers user) {
        return user == null ? null : new UserRef(user.id(), user.name());
    }
}
