/**
 * The {@code typedoo} command: ERPpeek's shell and admin tool for the JVM, built with picocli on the runtime's
 * untyped layer. {@link io.typedoo.cli.Typedoo} is the entry point; {@link io.typedoo.cli.TypedooCommand} holds
 * the connection options every subcommand shares.
 */
@NullMarked
package io.typedoo.cli;

import org.jspecify.annotations.NullMarked;
