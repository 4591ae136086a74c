package io.typedoo.benchmarks.bulk;

import io.typedoo.benchmarks.fixture.TaskAnswers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fixed answers for the bulk job: login, {@code create} of {@code count} tasks, {@code write}, {@code unlink}. */
final class BulkAnswers {

    /** The id of the first task created; the others follow. */
    static final int FIRST_ID = 1_000;

    private BulkAnswers() {
    }

    static Map<String, byte[]> forCount(int count) {
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(FIRST_ID + i);
        }
        Map<String, byte[]> answers = new HashMap<>();
        answers.put("common/authenticate", TaskAnswers.odooAnswer(TaskAnswers.UID));
        answers.put("object/create", TaskAnswers.odooAnswer(ids));
        answers.put("object/write", TaskAnswers.odooAnswer(true));
        answers.put("object/unlink", TaskAnswers.odooAnswer(true));
        return answers;
    }
}
