/** Test support: {@link io.typedoo.spring.test.AutoConfigureOdooTestServer} runs tests against the testkit. */
@NullMarked
package io.typedoo.spring.test;

import org.jspecify.annotations.NullMarked;
