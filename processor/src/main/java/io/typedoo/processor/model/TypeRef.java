package io.typedoo.processor.model;

import java.util.List;

/**
 * A Java type as generated code names it, without javac or JavaPoet objects: a primitive ({@code packageName}
 * empty, {@code simpleNames} such as {@code [int]}), {@code byte[]}, a wildcard {@code ? extends T}
 * ({@code simpleNames} {@code [?]}, the bound as the only type argument), or a class with its enclosing classes
 * and type arguments.
 *
 * @param packageName such as {@code java.time}; empty for primitives and {@code byte[]}
 * @param simpleNames the simple names from the outermost class inwards, such as {@code [Outer, Inner]}
 * @param typeArguments type arguments, such as {@code [TodoTaskTag]} for a {@code List}
 * @param nullable whether the type carries a nullable annotation
 */
public record TypeRef(String packageName, List<String> simpleNames, List<TypeRef> typeArguments, boolean nullable) {

    private static final java.util.Set<String> PRIMITIVES =
            java.util.Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");

    /** Copies the lists. */
    public TypeRef {
        simpleNames = List.copyOf(simpleNames);
        typeArguments = List.copyOf(typeArguments);
    }

    /** A primitive type such as {@code int}, or {@code byte[]}. */
    public static TypeRef primitive(String keyword) {
        return new TypeRef("", List.of(keyword), List.of(), false);
    }

    /** A class without type arguments. */
    public static TypeRef of(String packageName, String... simpleNames) {
        return new TypeRef(packageName, List.of(simpleNames), List.of(), false);
    }

    /** A wildcard {@code ? extends bound}, as Kotlin declares {@code List<T>} parameters. */
    public static TypeRef wildcardExtends(TypeRef bound) {
        return new TypeRef("", List.of("?"), List.of(bound), false);
    }

    /** True for {@code int}, {@code long}, {@code double}, {@code boolean} and the other primitives. */
    public boolean isPrimitive() {
        return packageName.isEmpty() && PRIMITIVES.contains(simpleNames.get(0));
    }

    /** True for {@code ? extends bound}. */
    public boolean isWildcard() {
        return packageName.isEmpty() && simpleNames.get(0).equals("?");
    }

    /** The same type, marked nullable or not. */
    public TypeRef withNullable(boolean isNullable) {
        return new TypeRef(packageName, simpleNames, typeArguments, isNullable);
    }

    /** The qualified name without type arguments, such as {@code java.util.List}. */
    public String qualifiedName() {
        String simple = String.join(".", simpleNames);
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }

    /** The innermost simple name. */
    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }
}
