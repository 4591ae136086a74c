package io.typedoo.client;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Notices the N+1 pattern: records of one model read one at a time, call after call, where one call could read all
 * of them. Code such as {@code for (id : ids) tasks.browse(id).user().name()} costs a round trip per record, and
 * nothing else tells the user why it is slow; after {@code threshold} reads in a row of a single record of the same
 * model, this logs one warning naming the model, the count and the fix, as the N+1 detectors of ORMs do.
 *
 * <p>"In a row" counts per model: reads of other models in between (the user of each task, then its tags) do not
 * break the run, a read of several records of the model does. One warning per model and client. Thread-safe and
 * cheap: two string comparisons for any other call.
 */
final class RepeatedLoadDetector {

    /** The default threshold: far above what a hand-written sequence of single reads does. */
    static final int DEFAULT_THRESHOLD = 20;

    private static final System.Logger LOG = System.getLogger(OdooClient.class.getName());

    private final int threshold;
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** @param threshold reads in a row before the warning; 0 never warns */
    RepeatedLoadDetector(int threshold) {
        this.threshold = threshold;
    }

    /** Called with every model call before it goes on the wire. */
    void observe(OdooClient client, String model, String method, List<?> args) {
        if (threshold == 0 || !(method.equals("read") || method.equals("web_read")) || args.isEmpty()) {
            return;
        }
        int records = records(args.get(0));
        AtomicInteger run = runs.computeIfAbsent(model, m -> new AtomicInteger());
        if (records != 1) {
            run.set(0);
            return;
        }
        int count = run.incrementAndGet();
        if (count >= threshold && warned.add(model)) {
            LOG.log(System.Logger.Level.WARNING, model + " was read one record at a time " + count
                    + " times in a row (one round trip per record). Read the records together: browse(ids) of the"
                    + " generated model loads every record of the list in one call on first use, search(domain)"
                    + " reads a page and its related records in one, and the untyped read(ids) takes many ids ["
                    + client.site(model, method) + "]");
        }
    }

    private static int records(@Nullable Object ids) {
        if (ids instanceof List<?> list) {
            return list.size();
        }
        return ids instanceof Number ? 1 : -1;
    }
}
