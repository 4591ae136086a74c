/**
 * The {@code typedoo-schema/1} snapshot of a server given by {@code -Atypedoo.schema}: loading it defensively and
 * the "did you mean" suggestions of the schema checks.
 */
@NullMarked
package io.typedoo.processor.schema;

import org.jspecify.annotations.NullMarked;
