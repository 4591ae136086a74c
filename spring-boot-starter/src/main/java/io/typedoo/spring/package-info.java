/**
 * Spring Boot auto-configuration for typedoo: an {@code OdooClient} bean from the {@code typedoo.*} properties
 * ({@link io.typedoo.spring.TypedooProperties}), beans for the generated models, an Actuator health indicator and
 * Micrometer metrics of the client's round trips when those are on the class path.
 */
@NullMarked
package io.typedoo.spring;

import org.jspecify.annotations.NullMarked;
