/**
 * The model engine of the testkit: an in-memory (optionally journalled) Odoo-like database that answers
 * {@code execute_kw} calls as Odoo 18 does. {@link io.typedoo.testkit.engine.Database} is the entry point;
 * {@link io.typedoo.testkit.engine.ModelRegistry} declares models and seeds records.
 */
@NullMarked
package io.typedoo.testkit.engine;

import org.jspecify.annotations.NullMarked;
