/** The standalone server: {@code java -jar typedoo-testkit.jar [--port 8069] [--data DIR]}. */
@NullMarked
package io.typedoo.testkit.standalone;

import org.jspecify.annotations.NullMarked;
