package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Routes a public method call on a model to the operation that implements it, binding arguments as Python. */
final class Dispatcher {

    /** Methods that never change data: they run under the shared read lock. */
    static final Set<String> READ_ONLY = Set.of("search", "search_count", "read", "search_read", "fields_get",
            "name_search", "default_get", "check_access_rights", "read_group", "web_search_read", "web_read",
            "exists", "name_get", "fields_get_keys");

    /** The fields Odoo's {@code copy_data} overrides suffix with " (copy)", per model. */
    private static final Map<String, List<String>> COPY_SUFFIXED = Map.of("res.partner", List.of("name"),
            "res.users", List.of("name", "login"), "res.partner.category", List.of("name"),
            "res.groups", List.of("name"), "res.company", List.of("name"));

    private Dispatcher() {
    }

    /** Whether a call only reads, so that it may share the read lock with other readers. */
    static boolean readOnly(String model, String method) {
        return READ_ONLY.contains(method) || ClientMethods.METHODS.contains(model + "." + method);
    }

    /**
     * Whether {@code model} has the public method: registered on it, one every model has in that version, or one
     * of Odoo's base models that clients call ({@link ClientMethods}).
     */
    static boolean exists(ModelDef model, String method, int odooVersion) {
        return model.method(method) != null || OrmSignatures.builtin(method, odooVersion) != null
                || ClientMethods.provides(model, method);
    }

    /** The message of the AttributeError for a method that does not exist, as the version words it. */
    static String noSuchMethod(ModelDef model, String method, int odooVersion) {
        return odooVersion >= 19 ? "The method '" + model.name() + "." + method + "' does not exist"
                : "The method '" + method + "' does not exist on the model '" + model.name() + "'";
    }

    /** Calls a method; {@code kwargs} may hold {@code context}, merged into the environment's. */
    static @Nullable Object call(Env callerEnv, ModelDef model, String method, List<Object> args,
            Map<String, Object> kwargs) {
        Map<String, Object> rest = new LinkedHashMap<>(kwargs);
        Env env = callerEnv;
        Object context = rest.remove("context");
        if (context instanceof Map<?, ?> extra) {
            Map<String, Object> merged = new LinkedHashMap<>(callerEnv.context());
            extra.forEach((k, v) -> merged.put(String.valueOf(k), v));
            env = callerEnv.withContext(merged);
        }
        int version = env.registry().odooVersion();
        if (!exists(model, method, version)) {
            throw OdooError.server("builtins.AttributeError", noSuchMethod(model, method, version));
        }
        ClientMethods.checkLanguage(env);
        if (ClientMethods.provides(model, method)) {
            return ClientMethods.call(env, model, method, args, rest);
        }
        Orm orm = new Orm(env, model);
        ModelMethod registered = model.method(method);
        if (registered != null) {
            return registered.invoke(new Call(env, model, model.signature(method), args, rest, env.context()));
        }
        return switch (method) {
            case "search" -> {
                Args a = bind(method, args, rest, version);
                Object domain = a.required(method, domainParameter(method, version));
                if (Py.truthy(a.get("count"))) {    // Odoo 16's search(args, ..., count=False)
                    yield orm.searchCount(domain, null);
                }
                yield orm.search(domain, a.longOr("offset", 0), a.optionalLong("limit"), a.optionalString("order"));
            }
            case "search_count" -> {
                Args a = bind(method, args, rest, version);
                yield orm.searchCount(a.required(method, domainParameter(method, version)), a.optionalLong("limit"));
            }
            case "search_read" -> {
                Args a = bind(method, args, rest, version);
                // **read_kwargs go to read(fields=None, load='_classic_read'), which refuses any other keyword.
                for (String keyword : rest.keySet()) {
                    if (signature(method, version).parameters().stream().noneMatch(p -> p.name().equals(keyword))
                            && !keyword.equals("load")) {
                        throw OdooError.typeError("BaseModel.read() got an unexpected keyword argument '" + keyword
                                + "'");
                    }
                }
                List<Long> ids = orm.search(a.get("domain"), a.longOr("offset", 0), a.optionalLong("limit"),
                        a.optionalString("order"));
                yield orm.read(ids, a.optionalList("fields"), loadNames(a));
            }
            case "read" -> {
                Args a = bind(method, tail(args), rest, version);
                yield orm.read(idValues(method, args), a.optionalList("fields"), loadNames(a));
            }
            case "create" -> {
                Args a = bind(method, args, rest, version);
                Object values = a.required(method, "vals_list");
                if (values instanceof Map<?, ?> single) {
                    yield orm.create(single);
                }
                if (values instanceof List<?> list) {
                    List<Object> ids = new ArrayList<>();
                    for (Object item : list) {
                        if (!(item instanceof Map<?, ?> one)) {
                            throw OdooError.typeError("create() expects dicts, not " + Py.repr(item));
                        }
                        ids.add(orm.create(one));
                    }
                    yield ids;
                }
                throw OdooError.typeError("create() expects a dict or a list of dicts, not " + Py.repr(values));
            }
            case "write" -> {
                Args a = bind(method, tail(args), rest, version);
                yield orm.write(ids(method, args), a.map("vals"));
            }
            case "unlink" -> {
                bind(method, tail(args), rest, version);
                yield orm.unlink(ids(method, args));
            }
            case "exists" -> {
                bind(method, tail(args), rest, version);
                List<Object> present = new ArrayList<>();
                for (Long id : ids(method, args)) {
                    if (env.tx().row(model.name(), id) != null) {
                        present.add(id);
                    }
                }
                yield present;
            }
            case "action_archive", "action_unarchive" -> {
                bind(method, tail(args), rest, version);
                if (!model.hasActive()) {
                    throw OdooError.userError("The model " + model.name() + " has no active field.");
                }
                yield orm.write(ids(method, args), Map.of("active", method.equals("action_unarchive")));
            }
            case "copy" -> {
                Args a = bind(method, tail(args), rest, version);
                List<Long> ids = ids(method, args);
                if (OrmSignatures.copiesOneRecord(version)) {
                    if (ids.size() != 1) {
                        throw OdooError.valueError("Expected singleton: " + model.name() + Py.reprTuple(ids));
                    }
                    yield copy(env, orm, ids, a.map("default")).get(0);
                }
                yield copy(env, orm, ids, a.map("default"));
            }
            case "name_create" -> {
                Args a = bind(method, args, rest, version);
                if (model.recName() == null) {
                    throw OdooError.userError("Cannot create a " + model.description() + " from a name alone.");
                }
                long id = orm.create(Map.of(model.recName(), a.required(method, "name")));
                yield List.of(id, displayNameOrFalse(env, model, id));
            }
            case "name_search" -> {
                Args a = bind(method, args, rest, version);
                yield nameSearch(env, orm, a, a.get(domainParameter(method, version)));
            }
            case "fields_get" -> {
                Args a = bind(method, args, rest, version);
                yield Introspection.fieldsGet(model, a.optionalList("allfields"), a.optionalList("attributes"),
                        version);
            }
            case "default_get" -> {
                Args a = bind(method, args, rest, version);
                yield Introspection.defaultGet(env, model, a.optionalList(signature(method, version).parameters().get(0)
                        .name()));
            }
            case "check_access_rights" -> {
                Args a = bind(method, args, rest, version);
                String operation = String.valueOf(a.required(method, "operation"));
                boolean raise = !a.has("raise_exception") || Py.truthy(a.get("raise_exception"));
                if (raise) {
                    env.checkAccess(model, operation);
                    yield true;
                }
                yield env.hasAccess(model, operation);
            }
            case "has_access" -> {
                Args a = bind(method, tail(args), rest, version);
                yield env.hasAccess(model, String.valueOf(a.required(method, "operation")));
            }
            case "formatted_read_group" -> ReadGroup.formattedReadGroup(env, orm, bind(method, args, rest, version));
            case "read_group" -> ReadGroup.readGroup(env, orm, bind(method, args, rest, version));
            case "web_search_read" -> WebRead.webSearchRead(env, orm, bind(method, args, rest, version));
            case "web_read" -> {
                Args a = bind(method, tail(args), rest, version);
                env.checkAccess(model, "read");
                yield WebRead.webRead(env, model, ids(method, args), a.map("specification"));
            }
            case "name_get" -> {
                bind(method, tail(args), rest, version);
                List<Object> names = new ArrayList<>();
                for (Map<String, Object> row : orm.read(ids(method, args), List.of("display_name"), false)) {
                    names.add(List.of(row.get("id"), row.get("display_name")));
                }
                yield names;
            }
            case "fields_get_keys" -> {
                bind(method, args, rest, version);
                yield new ArrayList<>(Introspection.fieldsGet(model, null, List.of(), version).keySet());
            }
            default -> throw new IllegalStateException("unrouted method " + method);
        };
    }

    /** Binds a call of a built-in method by its signature in the version ({@link OrmSignatures}). */
    private static Args bind(String method, List<Object> args, Map<String, Object> kwargs, int version) {
        return Args.bind(method, args, kwargs, signature(method, version));
    }

    private static MethodSignature signature(String method, int version) {
        OrmSignatures.Builtin builtin = OrmSignatures.builtin(method, version);
        if (builtin == null) {
            throw new IllegalStateException(method + " has no signature in Odoo " + version);
        }
        return builtin.signature();
    }

    /** The name of the domain parameter: {@code domain}, or {@code args} as Odoo 16 called it. */
    private static String domainParameter(String method, int version) {
        return signature(method, version).parameters().stream().map(MethodSignature.Parameter::name)
                .filter(name -> name.equals("args")).findFirst().orElse("domain");
    }

    private static boolean loadNames(Args a) {
        return !a.has("load") || "_classic_read".equals(a.get("load"));
    }

    private static List<Object> tail(List<Object> args) {
        return args.isEmpty() ? args : args.subList(1, args.size());
    }

    private static List<?> idValues(String method, List<Object> args) {
        if (args.isEmpty()) {
            throw OdooError.typeError("BaseModel." + method + "() missing 1 required positional argument: 'ids'");
        }
        Object first = args.get(0);
        if (first instanceof List<?> list) {
            return list;
        }
        return Py.isFalse(first) ? List.of() : List.of(first);
    }

    static List<Long> ids(String method, List<Object> args) {
        return Py.toIds(idValues(method, args));
    }

    private static Object displayNameOrFalse(Env env, ModelDef model, long id) {
        Map<String, Object> row = env.tx().row(model.name(), id);
        String name = row == null ? null : env.displayName(model, row);
        return name == null ? Boolean.FALSE : name;
    }

    private static List<Object> nameSearch(Env env, Orm orm, Args a, @Nullable Object domain) {
        Object name = a.get("name");
        String operator = a.optionalString("operator");
        Long limit = a.has("limit") ? a.optionalLong("limit") : Long.valueOf(100);
        List<Object> full = new ArrayList<>(DomainCompiler.asDomain(domain));
        if (Py.truthy(name) || operator != null && !operator.contains("like")) {
            if (!full.isEmpty()) {
                full.add(0, "&");
            }
            full.add(List.of("display_name", operator == null ? "ilike" : operator, name == null ? "" : name));
        }
        List<Object> out = new ArrayList<>();
        for (Long id : orm.search(full, 0, limit, null)) {
            out.add(List.of(id, displayNameOrFalse(env, orm.model(), id)));
        }
        return out;
    }

    /**
     * Odoo 18's {@code copy}: one new record per id, returned as a list of ids. Stored fields are copied except
     * one2many and magic fields; only models whose {@code copy_data} Odoo overrides get " (copy)" after their
     * name (and res.users after its login, which must stay unique).
     */
    private static List<Object> copy(Env env, Orm orm, List<Long> ids, Map<?, ?> overrides) {
        ModelDef model = orm.model();
        List<Object> copies = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> row = env.tx().row(model.name(), id);
            if (row == null) {
                throw env.missing(model, List.of(id));
            }
            Map<Object, Object> values = new LinkedHashMap<>();
            for (FieldDef field : model.fields().values()) {
                if (!field.stored() || MagicFields.NAMES.contains(field.name())
                        || field.type() == FieldType.ONE2MANY) {
                    continue;
                }
                Object value = row.get(field.name());
                if (field.type() == FieldType.MANY2MANY) {
                    values.put(field.name(), List.of(List.of(6L, 0L, value == null ? List.of() : value)));
                } else {
                    values.put(field.name(), value == null ? Boolean.FALSE : value);
                }
            }
            for (String suffixed : COPY_SUFFIXED.getOrDefault(model.name(), List.of())) {
                if (values.get(suffixed) instanceof String text) {
                    values.put(suffixed, text + " (copy)");
                }
            }
            values.putAll(overrides);
            copies.add(orm.create(values));
        }
        return copies;
    }

    /** The view of a call a registered {@link ModelMethod} gets. */
    private static final class Call implements MethodCall {
        private final Env env;
        private final ModelDef model;
        private final List<Long> ids;
        private final List<Object> args;
        private final Map<String, Object> kwargs;
        private final Map<String, Object> context;
        private final @Nullable MethodSignature signature;

        Call(Env env, ModelDef model, @Nullable MethodSignature signature, List<Object> args,
                Map<String, Object> kwargs, Map<String, Object> context) {
            this.env = env;
            this.model = model;
            this.signature = signature;
            boolean withIds = !args.isEmpty() && Py.looksLikeIds(args.get(0));
            this.ids = withIds ? Py.toIds(args.get(0)) : List.of();
            // Unmodifiable views that keep None (null) values, which JSON-2 callers may send.
            this.args = Collections.unmodifiableList(new ArrayList<>(withIds ? args.subList(1, args.size()) : args));
            this.kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
            this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        }

        @Override
        public long uid() {
            return env.uid();
        }

        @Override
        public String model() {
            return model.name();
        }

        @Override
        public List<Long> ids() {
            return ids;
        }

        @Override
        public List<Object> args() {
            return args;
        }

        @Override
        public Map<String, Object> kwargs() {
            return kwargs;
        }

        @Override
        public Map<String, Object> context() {
            return context;
        }

        @Override
        public @Nullable Object argument(String name) {
            if (kwargs.containsKey(name)) {
                return kwargs.get(name);
            }
            if (signature == null) {
                return null;
            }
            List<MethodSignature.Parameter> parameters = signature.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).name().equals(name)) {
                    return i < args.size() ? args.get(i) : parameters.get(i).defaultValue();
                }
            }
            throw new IllegalArgumentException("The signature " + signature.text() + " of " + model.name()
                    + " has no parameter " + name);
        }

        @Override
        public Map<String, Object> record(long id, String... fields) {
            return new Orm(env, model).readOne(id, List.of((Object[]) fields));
        }

        @Override
        public @Nullable Object execute(String modelName, String method, List<Object> callArgs,
                Map<String, Object> callKwargs) {
            if (method.startsWith("_")) {
                throw Engine.privateMethod(modelName, method, env.registry().odooVersion());
            }
            return Dispatcher.call(env, env.model(modelName), method, callArgs, callKwargs);
        }
    }
}
