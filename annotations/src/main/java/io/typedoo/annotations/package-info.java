/**
 * The annotations that describe an Odoo model as a Java or Kotlin interface. They have no dependencies:
 * the annotation processor reads them without the runtime on its class path.
 */
@NullMarked
package io.typedoo.annotations;

import org.jspecify.annotations.NullMarked;
