package io.typedoo.testkit.engine;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a {@link ModelMethod} sees of its call, and how it reaches the database within the same transaction. */
public interface MethodCall {

    /** The calling user. */
    long uid();

    /** The model the method was called on. */
    String model();

    /** The record ids, when the first positional argument was an id or a list of ids; else empty. */
    List<Long> ids();

    /** The positional arguments after the ids. */
    List<Object> args();

    /** The keyword arguments, without {@code context}. */
    Map<String, Object> kwargs();

    /**
     * An argument by parameter name, whichever way it came: by name (JSON-2, or a keyword of {@code execute_kw}),
     * or by position when the method was registered with a {@link MethodSignature}; else the parameter's default.
     *
     * @throws IllegalArgumentException when the method's signature has no such parameter
     */
    @Nullable Object argument(String name);

    /** The {@code context} keyword argument, empty when none was given. */
    Map<String, Object> context();

    /**
     * Reads one record's fields as {@code read} returns them.
     *
     * @throws OdooError a MissingError, worded as Odoo's, when the record does not exist
     */
    Map<String, Object> record(long id, String... fields);

    /** Calls another method as the same user, in the same transaction, with access checks. */
    @Nullable Object execute(String model, String method, List<Object> args, Map<String, Object> kwargs);
}
