package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The public methods every model has, with their signatures as Odoo writes them, by version: the one table the
 * engine (does a method exist?), JSON-2 (bind by name, 422 texts, {@code ids} on {@code @api.model}) and
 * {@code /doc-bearer} (the documented signatures) read, and the legacy protocols' positional binding
 * ({@link Dispatcher} through {@link Args}). Odoo 19's signatures are those its {@code /doc-bearer} answered in the
 * recordings; what earlier versions had instead is the {@link #HISTORY}, the one place where the versions the
 * testkit answers as (16 to 19) differ in their methods:
 * <ul>
 *   <li>19 added {@code formatted_read_group} and renamed {@code default_get}'s {@code fields_list} to
 *       {@code fields};</li>
 *   <li>18 added {@code has_access} and made {@code copy} copy many records, answering a list of ids (17's
 *       copies one and answers its id);</li>
 *   <li>17 added {@code web_read}, gave {@code web_search_read} its nested {@code specification} (16's takes a
 *       flat {@code fields} list), removed {@code name_get} and {@code fields_get_keys}, renamed the domain of
 *       {@code search}, {@code search_count} and {@code name_search} from {@code args} to {@code domain}, and
 *       dropped {@code search}'s {@code count}.</li>
 * </ul>
 */
final class OrmSignatures {

    /** A built-in method: its signature, Odoo's {@code api} decorations, where it is defined, and whether
     *  {@code /doc-bearer} lists it (deprecated methods such as {@code check_access_rights} are callable but
     *  not documented). */
    record Builtin(String name, MethodSignature signature, List<String> api, String definedIn, String module,
            boolean documented) {
    }

    /**
     * A change Odoo made to a method in {@code version}: before it, the method was {@code before} (null: it did not
     * exist yet).
     */
    private record Change(String method, int version, @Nullable Builtin before) {
    }

    private static final Map<String, Builtin> ODOO_19 = table();

    /** Every change to a built-in method from Odoo 16 on, oldest first: the earliest one after a version decides. */
    private static final List<Change> HISTORY = List.of(
            new Change("web_read", 17, null),
            new Change("web_search_read", 17, builtin(true, "web_search_read",
                    "(domain=None, fields=None, offset=0, limit=None, order=None, count_limit=None)",
                    "model readonly", "web")),
            new Change("name_get", 17, builtin(false, "name_get", "()", "readonly", "core")),
            new Change("fields_get_keys", 17, builtin(true, "fields_get_keys", "()", "model", "core")),
            new Change("search", 17, builtin(true, "search", "(args, offset=0, limit=None, order=None, count=False)",
                    "model readonly", "core")),
            new Change("search_count", 17, builtin(true, "search_count", "(args, limit=None)", "model readonly",
                    "core")),
            new Change("name_search", 17, builtin(true, "name_search",
                    "(name='', args=None, operator='ilike', limit=100)", "model readonly", "core")),
            new Change("has_access", 18, null),
            new Change("copy", 18, builtin(false, "copy", "(default=None)", "", "core")),
            new Change("formatted_read_group", 19, null),
            new Change("default_get", 19, builtin(true, "default_get", "(fields_list) -> ValuesType", "model",
                    "core")));

    private OrmSignatures() {
    }

    /** The built-in method of that name in {@code odooVersion}, or null. */
    static @Nullable Builtin builtin(String method, int odooVersion) {
        for (Change change : HISTORY) {
            if (odooVersion < change.version() && change.method().equals(method)) {
                return change.before();
            }
        }
        return ODOO_19.get(method);
    }

    /** Whether {@code copy} takes one record ({@code ensure_one}) and answers its copy's id alone: before 18. */
    static boolean copiesOneRecord(int odooVersion) {
        return odooVersion < 18;
    }

    /** Every built-in method of {@code odooVersion}, by name. */
    static List<Builtin> all(int odooVersion) {
        Set<String> names = new LinkedHashSet<>(ODOO_19.keySet());
        HISTORY.forEach(change -> names.add(change.method()));
        return names.stream().map(name -> builtin(name, odooVersion)).filter(Objects::nonNull)
                .map(Objects::requireNonNull).toList();
    }

    private static Map<String, Builtin> table() {
        Map<String, Builtin> t = new LinkedHashMap<>();
        records(t, "action_archive", "()", "", "core", true);
        records(t, "action_unarchive", "()", "", "core", true);
        records(t, "copy", "(default=None) -> list[int]", "", "core", true);
        model(t, "create", "(vals_list) -> list[int]", "model", "core", true);
        model(t, "default_get", "(fields) -> ValuesType", "model", "core", true);
        model(t, "fields_get", "(allfields=None, attributes=None) -> dict[str, ValuesType]", "model", "core", true);
        model(t, "formatted_read_group", "(domain, groupby=(), aggregates=(), having=(), offset=0, limit=None, "
                + "order=None) -> list[dict]", "model readonly", "web", true);
        records(t, "has_access", "(operation) -> bool", "", "core", true);
        model(t, "name_create", "(name) -> tuple[int, str] | typing.Literal[False]", "model", "core", true);
        model(t, "name_search", "(name='', domain=None, operator='ilike', limit=100) -> list[tuple[int, str]]",
                "model readonly", "core", true);
        records(t, "read", "(fields=None, load='_classic_read') -> list[ValuesType]", "readonly", "core", true);
        model(t, "search", "(domain, offset=0, limit=None, order=None) -> list[int]", "model readonly", "core",
                true);
        model(t, "search_count", "(domain, limit=None) -> int", "model readonly", "core", true);
        model(t, "search_read", "(domain=None, fields=None, offset=0, limit=None, order=None, **read_kwargs) "
                + "-> list[ValuesType]", "model readonly", "core", true);
        records(t, "unlink", "() -> typing.Literal[True]", "", "core", true);
        records(t, "web_read", "(specification) -> list[dict]", "readonly", "web", true);
        model(t, "web_search_read", "(domain, specification, offset=0, limit=None, order=None, count_limit=None)",
                "model readonly", "web", true);
        records(t, "write", "(vals) -> typing.Literal[True]", "", "core", true);
        // Public but deprecated or undocumented: callable, left out of /doc-bearer as Odoo leaves them out.
        model(t, "check_access_rights", "(operation, raise_exception=True)", "model", "core", false);
        records(t, "exists", "()", "", "core", false);
        model(t, "read_group", "(domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True)",
                "model readonly", "core", false);
        return t;
    }

    private static void model(Map<String, Builtin> t, String name, String signature, String api, String module,
            boolean documented) {
        add(t, name, MethodSignature.onModel(signature), api, module, documented);
    }

    private static void records(Map<String, Builtin> t, String name, String signature, String api, String module,
            boolean documented) {
        add(t, name, MethodSignature.onRecords(signature), api, module, documented);
    }

    private static Builtin builtin(boolean modelLevel, String name, String signature, String api,
            String module) {
        Map<String, Builtin> one = new LinkedHashMap<>();
        add(one, name, modelLevel ? MethodSignature.onModel(signature) : MethodSignature.onRecords(signature), api,
                module, true);
        return one.get(name);
    }

    private static void add(Map<String, Builtin> t, String name, MethodSignature signature, String api,
            String module, boolean documented) {
        List<String> decorations = api.isEmpty() ? List.of() : List.of(api.split(" "));
        t.put(name, new Builtin(name, signature, decorations, module.equals("web") ? "base" : "core",
                module, documented));
    }
}
