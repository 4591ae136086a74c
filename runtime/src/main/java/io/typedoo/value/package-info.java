/** Conversion between Odoo wire values and Java values: false as null, many2one pairs, dates, datetimes, binaries. */
@NullMarked
package io.typedoo.value;

import org.jspecify.annotations.NullMarked;
