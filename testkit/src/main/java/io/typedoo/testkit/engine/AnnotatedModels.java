package io.typedoo.testkit.engine;

import io.typedoo.annotations.FieldNames;
import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooMethod;
import io.typedoo.annotations.OdooModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads a user's {@code @OdooModel} interface into a {@link ModelBuilder}, by reflection. */
final class AnnotatedModels {

    private AnnotatedModels() {
    }

    static ModelBuilder builder(ModelRegistry registry, Class<?> type) {
        OdooModel annotation = type.getAnnotation(OdooModel.class);
        if (annotation == null || !type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface annotated with @OdooModel");
        }
        ModelBuilder builder = registry.define(annotation.value()).description(type.getSimpleName());
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        // getMethods() has no defined order; declaration order is not available, so sort for stable ids.
        methods.sort(Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (method.getParameterCount() > 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())
                    || method.isAnnotationPresent(OdooMethod.class) || method.getReturnType() == void.class) {
                continue;
            }
            String fieldName = fieldName(method);
            if (MagicFields.NAMES.contains(fieldName) || builder.hasField(fieldName)) {
                continue;
            }
            addField(builder, type, method, fieldName);
        }
        return builder;
    }

    /** {@code @OdooField} wins; else the one naming rule the processor applies, {@link FieldNames#fieldName}. */
    static String fieldName(Method method) {
        OdooField field = method.getAnnotation(OdooField.class);
        return field != null ? field.value() : FieldNames.fieldName(method.getName());
    }

    private static void addField(ModelBuilder builder, Class<?> owner, Method method, String fieldName) {
        Class<?> type = method.getReturnType();
        if (type == String.class) {
            builder.charField(fieldName);
        } else if (type == boolean.class || type == Boolean.class) {
            builder.booleanField(fieldName);
        } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            builder.integerField(fieldName);
        } else if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            builder.floatField(fieldName);
        } else if (type == BigDecimal.class) {
            builder.monetaryField(fieldName);
        } else if (type == LocalDate.class) {
            builder.dateField(fieldName);
        } else if (type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class) {
            builder.datetimeField(fieldName);
        } else if (type == byte[].class) {
            builder.binaryField(fieldName);
        } else if (type.isEnum()) {
            builder.selectionField(fieldName, selection(type));
        } else if (type.isAnnotationPresent(OdooModel.class)) {
            builder.many2oneField(fieldName, type.getAnnotation(OdooModel.class).value());
        } else if (Collection.class.isAssignableFrom(type) && elementModel(method) != null) {
            builder.many2manyField(fieldName, elementModel(method));
        } else {
            throw new IllegalArgumentException(owner.getName() + "." + method.getName() + "() returns "
                    + method.getGenericReturnType().getTypeName() + ", which has no Odoo field type; use String,"
                    + " boolean, long, double, BigDecimal, LocalDate, LocalDateTime, byte[], an enum, an @OdooModel"
                    + " interface or a List of one");
        }
    }

    private static @org.jspecify.annotations.Nullable String elementModel(Method method) {
        Type generic = method.getGenericReturnType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isAnnotationPresent(OdooModel.class)) {
            return element.getAnnotation(OdooModel.class).value();
        }
        return null;
    }

    /**
     * Selection values of an enum: a public no-argument {@code value()} or {@code odooValue()} returning a String
     * when the enum has one (such as {@code HIGH("1")}), else the constant's name in lower case.
     */
    private static String[] selection(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        Method valueMethod = null;
        for (String candidate : List.of("odooValue", "value")) {
            try {
                Method m = enumType.getMethod(candidate);
                if (m.getReturnType() == String.class && m.trySetAccessible()) {
                    valueMethod = m;
                    break;
                }
            } catch (NoSuchMethodException e) {
                // not this convention; try the next one
            }
        }
        String[] pairs = new String[constants.length * 2];
        for (int i = 0; i < constants.length; i++) {
            Enum<?> constant = (Enum<?>) constants[i];
            String value;
            try {
                value = valueMethod != null ? (String) valueMethod.invoke(constant)
                        : constant.name().toLowerCase(Locale.ROOT);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read the Odoo value of " + constant, e);
            }
            pairs[2 * i] = value;
            pairs[2 * i + 1] = ModelBuilder.defaultLabel(constant.name().toLowerCase(Locale.ROOT));
        }
        return pairs;
    }
}
