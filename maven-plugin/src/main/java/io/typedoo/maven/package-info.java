/**
 * The goals of {@code typedoo-maven-plugin}: {@code schema} (a {@code typedoo-schema/1} snapshot from a server),
 * {@code generate} ({@code @OdooModel} interfaces, without overwriting edited files) and {@code check} (fails the
 * build when the server drifted from the committed snapshot). They share the connection settings of
 * {@link io.typedoo.maven.ServerMojo}, and the code of {@code io.typedoo.codegen} with the {@code typedoo} command.
 */
@NullMarked
package io.typedoo.maven;

import org.jspecify.annotations.NullMarked;
