/**
 * The JUnit 5 extension: {@link io.typedoo.testkit.junit.OdooTest} on a test class starts one
 * {@link io.typedoo.testkit.OdooTestServer} for the class and injects it and ready clients into test methods,
 * constructors and lifecycle methods.
 */
@NullMarked
package io.typedoo.testkit.junit;

import org.jspecify.annotations.NullMarked;
