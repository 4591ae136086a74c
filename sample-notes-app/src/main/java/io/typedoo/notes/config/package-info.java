/** Where the app keeps its files, and the connection it remembers between runs. */
@NullMarked
package io.typedoo.notes.config;

import org.jspecify.annotations.NullMarked;
