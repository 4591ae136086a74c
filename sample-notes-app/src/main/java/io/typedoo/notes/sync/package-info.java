/**
 * Nothing is lost: the local drafts file ({@link io.typedoo.notes.sync.DraftStore}), the save loop that retries with
 * backoff while the server is away ({@link io.typedoo.notes.sync.SyncService}) and the check that keeps a save from
 * silently overwriting a change made elsewhere ({@link io.typedoo.notes.sync.ConflictDetector}). No Swing here.
 */
@NullMarked
package io.typedoo.notes.sync;

import org.jspecify.annotations.NullMarked;
