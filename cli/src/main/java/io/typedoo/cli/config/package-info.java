/**
 * Where the command's connection comes from: named environments in an INI file (in the spirit of ERPpeek's
 * {@code erppeek.ini}), command-line options and the password sources.
 */
@NullMarked
package io.typedoo.cli.config;

import org.jspecify.annotations.NullMarked;
