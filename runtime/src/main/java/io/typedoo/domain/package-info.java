/** Odoo search domains: a builder of the prefix-notation lists Odoo reads, and a parser of its Python-literal text. */
@NullMarked
package io.typedoo.domain;

import org.jspecify.annotations.NullMarked;
