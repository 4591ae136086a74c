/**
 * What the {@code typedoo} command and the Maven plugin make from a live server: {@code @OdooModel} interfaces
 * ({@link io.typedoo.codegen.InterfaceGenerator}, written by {@link io.typedoo.codegen.GeneratedSources}, which
 * never overwrites a file edited by hand unless told to), {@code typedoo-schema/1} snapshots
 * ({@link io.typedoo.codegen.SchemaSnapshot}) that the annotation processor checks interfaces against, and the
 * drift between a committed snapshot and the server ({@link io.typedoo.codegen.SchemaDrift}).
 */
@NullMarked
package io.typedoo.codegen;

import org.jspecify.annotations.NullMarked;
