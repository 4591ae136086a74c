/**
 * The Swing desktop: one small yellow window per note ({@link io.typedoo.notes.ui.NoteWindow}), all of them run by
 * the {@link io.typedoo.notes.ui.NotesDesktop}. Everything here runs on the Swing event thread; server calls go
 * through {@link io.typedoo.notes.sync.SyncService}'s background thread.
 */
@NullMarked
package io.typedoo.notes.ui;

import org.jspecify.annotations.NullMarked;
