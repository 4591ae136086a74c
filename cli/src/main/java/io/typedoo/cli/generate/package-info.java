/**
 * Writes {@code @OdooModel} interfaces from a server's {@code fields_get} answers, and schema snapshots that the
 * annotation processor can check interfaces against.
 */
@NullMarked
package io.typedoo.cli.generate;

import org.jspecify.annotations.NullMarked;
