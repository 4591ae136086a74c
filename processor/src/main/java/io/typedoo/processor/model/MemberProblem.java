package io.typedoo.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * A method of a model interface that is neither a field accessor nor a declared model method, kept so that the
 * check stage can report it.
 *
 * @param kind what is wrong
 * @param element the method
 */
public record MemberProblem(Kind kind, ExecutableElement element) {

    /** What is wrong with the member. */
    public enum Kind {
        /** It has parameters but no {@code @OdooMethod}. */
        PARAMETERS_WITHOUT_ODOO_METHOD,
        /** It returns void but has no {@code @OdooMethod}. */
        VOID_WITHOUT_ODOO_METHOD,
        /** It has type parameters. */
        GENERIC_METHOD,
        /** It carries both {@code @OdooField} and {@code @OdooMethod}. */
        FIELD_AND_METHOD
    }
}
