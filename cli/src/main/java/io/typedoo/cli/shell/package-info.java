/**
 * The interactive shell: a JShell session, run in this JVM, with the connected client and helpers bound, JLine
 * line editing, history across sessions and completion of model and field names.
 */
@NullMarked
package io.typedoo.cli.shell;

import org.jspecify.annotations.NullMarked;
