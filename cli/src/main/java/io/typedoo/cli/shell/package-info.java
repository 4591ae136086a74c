/**
 * The interactive shell: JShell, run in this JVM, with the connected client and its shortcuts bound, JLine
 * line editing, history kept from one run to the next and completion of model and field names.
 */
@NullMarked
package io.typedoo.cli.shell;

import org.jspecify.annotations.NullMarked;
