package io.typedoo.notes.ui;

import io.typedoo.notes.note.Note;
import io.typedoo.notes.note.NoteContent;
import io.typedoo.notes.note.NoteStore;
import io.typedoo.notes.note.NoteStoreException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryNoteStore implements NoteStore {
    final Map<Long, Note> notes = new TreeMap<>();
    volatile boolean down;

    void stop() {
        down = true;
    }

    void start() {
        down = false;
    }

    NoteStore store() {
        return this;
    }
    private long next = 1;
    private LocalDateTime clock = LocalDateTime.of(2026, 11, 30, 9, 0);

    synchronized long add(NoteContent c) {
        Note n = new Note(next++, c, tick());
        notes.put(n.id(), n);
        return n.id();
    }

    private LocalDateTime tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private void check() {
        if (down) {
            throw new NoteStoreException(NoteStoreException.Reason.UNREACHABLE, "Connection refused", null);
        }
    }

    @Override
    public synchronized List<Note> openNotes() {
        check();
        return notes.values().stream().filter(n -> !n.content().done()).toList();
    }

    @Override
    public synchronized Optional<Note> find(long id) {
        check();
        return Optional.ofNullable(notes.get(id));
    }

    @Override
    public synchronized Note create(NoteContent content) {
        check();
        return notes.get(add(content));
    }

    @Override
    public synchronized Note write(long id, NoteContent content) {
        check();
        Note n = new Note(id, content, tick());
        notes.put(id, n);
        return n;
    }

    @Override
    public synchronized void delete(long id) {
        check();
        notes.remove(id);
    }

    @Override
    public String describe() {
        return "memory";
    }
}
