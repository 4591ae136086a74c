package io.typedoo.notes.ui;

import java.awt.GraphicsEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that opens real windows. Without a display the class is skipped with a message saying how to
 * run it; with the environment variable {@code CI=true} a missing display fails the class instead, so a CI machine
 * without Xvfb cannot pass by skipping.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WindowTest.DisplayRequired.class)
public @interface WindowTest {

    /** The skip or failure message. */
    String NO_DISPLAY = "No display (DISPLAY is not set or java.awt.headless=true): the window tests need one."
            + " Run them under Xvfb, e.g. xvfb-run -a ./mvnw -B -pl sample-notes-app -am verify.";

    /** Skips or fails a window test class when there is no display. */
    final class DisplayRequired implements ExecutionCondition, BeforeAllCallback {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!GraphicsEnvironment.isHeadless() || onCi()) {
                return ConditionEvaluationResult.enabled("a display is available, or CI requires one");
            }
            String message = NO_DISPLAY + " Skipped (set CI=true to fail instead).";
            // Surefire keeps skip reasons in its XML reports only; say it where people look.
            System.getLogger(WindowTest.class.getName()).log(System.Logger.Level.WARNING,
                    context.getDisplayName() + ": " + message);
            return ConditionEvaluationResult.disabled(message);
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            if (GraphicsEnvironment.isHeadless()) {
                throw new AssertionError(NO_DISPLAY + " CI=true, so this is a failure, not a skip.");
            }
        }

        private static boolean onCi() {
            return "true".equalsIgnoreCase(System.getenv("CI"));
        }
    }
}
