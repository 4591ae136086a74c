/** The record layer that generated code runs on: typed field constants, record sets with prefetch, values builders. */
@NullMarked
package io.typedoo.orm;

import org.jspecify.annotations.NullMarked;
