/**
 * typedoo notes: desktop notes on Odoo to-do tasks, the project's sample app. {@link io.typedoo.notes.NotesMain} is
 * the entry point of {@code java -jar typedoo-notes.jar}.
 */
@NullMarked
package io.typedoo.notes;

import org.jspecify.annotations.NullMarked;
