package io.typedoo.spring.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sample's REST endpoint: the open tasks, through the generated model the starter made a bean. */
@RestController
class OpenTasksController {

    /** One task as the endpoint shows it. */
    record TaskView(long id, String name) {
    }

    private final TodoTaskModel tasks;

    OpenTasksController(TodoTaskModel tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks/open")
    List<TaskView> openTasks() {
        return tasks.search(TodoTaskModel.IS_DONE.eq(false)).stream()
                .map(task -> new TaskView(task.id(), task.name()))
                .toList();
    }
}
