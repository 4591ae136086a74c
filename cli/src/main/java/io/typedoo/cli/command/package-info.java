/** The subcommands of {@code typedoo}, one class each. */
@NullMarked
package io.typedoo.cli.command;

import org.jspecify.annotations.NullMarked;
