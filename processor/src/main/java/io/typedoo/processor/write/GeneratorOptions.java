package io.typedoo.processor.write;

/**
 * Choices the writers take from the compilation they write for.
 *
 * @param generatedAnnotation add {@code @javax.annotation.processing.Generated}: true when that annotation is on
 *     the class path and it was not switched off with {@code -Atypedoo.generatedAnnotation=false}
 */
public record GeneratorOptions(boolean generatedAnnotation) {
}
