/**
 * The only code of the app that talks to Odoo: the {@link io.typedoo.notes.odoo.TodoTask} interface and the
 * {@link io.typedoo.notes.odoo.OdooNoteStore} written on the classes the processor generates from it.
 */
@NullMarked
package io.typedoo.notes.odoo;

import org.jspecify.annotations.NullMarked;
