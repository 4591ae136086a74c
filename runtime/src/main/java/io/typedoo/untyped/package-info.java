/** The untyped model layer, in the spirit of ERPpeek: {@code odoo.model("res.partner").searchRead(...)}. */
@NullMarked
package io.typedoo.untyped;

import org.jspecify.annotations.NullMarked;
