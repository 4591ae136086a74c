/**
 * What the app knows of a note, and the {@link io.typedoo.notes.note.NoteStore} port through which it reaches the
 * server. Nothing here knows Swing or Odoo.
 */
@NullMarked
package io.typedoo.notes.note;

import org.jspecify.annotations.NullMarked;
