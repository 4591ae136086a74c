/** How results reach the user: aligned tables, JSON, CSV, and a progress bar on terminals. */
@NullMarked
package io.typedoo.cli.output;

import org.jspecify.annotations.NullMarked;
