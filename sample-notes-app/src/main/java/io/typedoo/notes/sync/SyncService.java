package io.typedoo.notes.sync;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteStore;
import io.typedoo.notes.note.NoteStoreException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Saves drafts to the server, in the background, until they are saved.
 *
 * <p>{@link #save} first writes the draft to the {@link DraftStore}, so it survives whatever comes next, then tries
 * to save it. While the server does not answer it tries again after the {@link Backoff}'s delays; a draft still in
 * the store when the app starts again is retried by {@link #retryAll}. Before an existing task is written, its
 * current version is read and checked by the {@link ConflictDetector}: a change made elsewhere stops the draft until
 * the user chooses ({@link #keepMine} or {@link #forget}).
 *
 * <p>All server calls, including the app's other ones through {@link #call}, run one after the other on a single
 * background thread, which also owns the retry state; a draft is therefore never sent twice at the same time.
 * The public methods are safe to call from any thread.
 */
public final class SyncService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());

    private final NoteStore store;
    private final DraftStore drafts;
    private final Backoff backoff;
    private final SyncListener listener;
    private final ScheduledExecutorService worker;
    /** Retry state, touched only on the worker thread. */
    private final Map<String, ScheduledFuture<?>> retries = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();

    /**
     * @param store where the drafts are saved
     * @param drafts the drafts file
     * @param backoff the waits between attempts while the server does not answer
     * @param listener hears every outcome, on this service's thread
     */
    public SyncService(NoteStore store, DraftStore drafts, Backoff backoff, SyncListener listener) {
        this.store = store;
        this.drafts = drafts;
        this.backoff = backoff;
        this.listener = listener;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "notes-server-calls");
            t.setDaemon(true);
            return t;
        });
        // On close, waiting retries are dropped (their drafts stay in the file) but saves already asked for run.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.worker = executor;
    }

    /** The store the drafts are saved to. */
    public NoteStore store() {
        return store;
    }

    /** The drafts file. */
    public DraftStore drafts() {
        return drafts;
    }

    /**
     * Keeps {@code draft} in the drafts file (before returning) and saves it to the server in the background,
     * replacing any earlier draft with the same key.
     *
     * @throws java.io.UncheckedIOException when the drafts file cannot be written; nothing is sent then
     */
    public void save(Draft draft) {
        drafts.put(draft);
        run(() -> {
            failures.remove(draft.key());
            attemptNow(draft.key());
        });
    }

    /** Tries again to save every draft in the drafts file, such as those left by an earlier run of the app. */
    public void retryAll() {
        for (Draft draft : drafts.all()) {
            run(() -> attemptNow(draft.key()));
        }
    }

    /**
     * Resolves a conflict in favour of the user's draft: it is written over {@code theirs}, the task as the server
     * has it now. With {@code theirs} empty (deleted on the server) the draft is created as a new task.
     */
    public void keepMine(String key, Optional<Note> theirs) {
        drafts.get(key).ifPresent(mine -> save(theirs.map(mine::rebasedOn)
                .orElseGet(() -> Draft.ofNew(mine.key(), mine.content()))));
    }

    /** Drops the draft with this key and stops trying to save it, as when the user takes the server's version. */
    public void forget(String key) {
        drafts.remove(key);
        run(() -> {
            cancelRetry(key);
            failures.remove(key);
        });
    }

    /** Runs another server call on the same background thread, after the calls queued before it. */
    public <T> CompletableFuture<T> call(Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    result.complete(call.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("The notes are closing; nothing more is sent", e));
        }
        return result;
    }

    /**
     * Stops: the call in progress and the saves already asked for may finish within {@code wait}; retries waiting
     * for their time are dropped. Drafts not saved by then stay in the file for the next start.
     */
    public void close(Duration wait) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Server calls were still running after {0}; their drafts stay"
                        + " in the drafts file", wait);
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** {@link #close(Duration)} with five seconds. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private void attemptNow(String key) {
        cancelRetry(key);
        Optional<Draft> found = drafts.get(key);
        if (found.isEmpty()) {
            return;
        }
        Draft draft = found.get();
        listener.attempting(key);
        try {
            Optional<Note> saved = send(draft);
            if (saved.isEmpty()) {
                return;
            }
            failures.remove(key);
            Optional<Draft> latest = drafts.get(key);
            if (latest.isPresent() && latest.get().equals(draft)) {
                drafts.remove(key);
            } else if (latest.isPresent()) {
                // Saved again while this attempt was on the wire: the newer draft now builds on what was just saved.
                drafts.put(latest.get().rebasedOn(saved.get()));
                run(() -> attemptNow(key));
            }
            listener.saved(key, saved.get());
        } catch (NoteStoreException e) {
            if (e.isUnreachable()) {
                int count = failures.merge(key, 1, Integer::sum);
                Duration delay = backoff.delay(count);
                if (!worker.isShutdown()) {
                    retries.put(key, worker.schedule(() -> attemptNow(key), delay.toMillis(), TimeUnit.MILLISECONDS));
                }
                listener.unreachable(key, e, delay);
            } else {
                failures.remove(key);
                listener.refused(key, e);
            }
        } catch (RuntimeException e) {
            // The draft stays on disk; the user sees the message and can save again.
            LOG.log(System.Logger.Level.ERROR, "Saving draft " + key + " failed", e);
            listener.refused(key, new NoteStoreException(NoteStoreException.Reason.REFUSED,
                    "The note could not be saved: " + e.getMessage(), e));
        }
    }

    /** Sends the draft; empty when it must wait for the user (a conflict). */
    private Optional<Note> send(Draft draft) {
        Long taskId = draft.taskId();
        if (taskId == null) {
            return Optional.of(store.create(draft.content()));
        }
        Optional<Note> current = store.find(taskId);
        switch (ConflictDetector.check(draft, current)) {
            case ALREADY_SAVED:
                return current;
            case WRITE:
                return Optional.of(store.write(taskId, draft.content()));
            case CHANGED_ON_SERVER:
            case DELETED_ON_SERVER:
            default:
                listener.conflict(draft.key(), draft, current);
                return Optional.empty();
        }
    }

    /** Queues work on the worker; once closed, nothing is queued (the drafts stay in the file for the next start). */
    private void run(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closed; not queued");
        }
    }

    private void cancelRetry(String key) {
        ScheduledFuture<?> pending = retries.remove(key);
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
