package io.typedoo.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reports diagnostics on elements and counts errors. It never throws: processing goes on so that one compilation
 * shows every mistake; callers ask {@link #errorCount()} before writing anything.
 */
public final class Reporter {

    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} on {@code element}. */
    public void report(Message message, Element element, Object... args) {
        report(message, element, null, args);
    }

    /** Reports {@code message} on {@code annotation} of {@code element}, so that the compiler points at it. */
    public void report(Message message, Element element, @Nullable AnnotationMirror annotation, Object... args) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
        if (annotation == null) {
            messager.printMessage(message.kind(), message.format(args), element);
        } else {
            messager.printMessage(message.kind(), message.format(args), element, annotation);
        }
    }

    /** How many errors were reported so far. */
    public int errorCount() {
        return errors;
    }
}
