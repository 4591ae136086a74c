package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Methods of Odoo's base models that well-known clients call right after they log in or to check rights:
 * {@code res.users.context_get} (OdooRPC's and Odooly's login), {@code res.users.has_group},
 * {@code ir.model.access.check} (ERPpeek's and Odooly's {@code access()}) and
 * {@code ir.model.data.check_object_reference} (OdooRPC's {@code env.ref}). Each answers as Odoo 18's method of
 * the same name, including its errors.
 */
final class ClientMethods {

    /** {@code model.method} of every method here; all of them only read. */
    static final Set<String> METHODS = Set.of("res.users.context_get", "res.users.has_group",
            "ir.model.access.check", "ir.model.data.check_object_reference");
    private static final Set<String> MODES = Set.of("read", "write", "create", "unlink");

    private ClientMethods() {
    }

    /** Whether {@code model} has this method here. */
    static boolean provides(ModelDef model, String method) {
        return METHODS.contains(model.name() + "." + method);
    }

    /** The method's signature, as Odoo writes it (JSON-2 binds arguments by these names). */
    static MethodSignature signature(String method) {
        return switch (method) {
            case "context_get" -> MethodSignature.onModel("() -> dict");
            case "has_group" -> MethodSignature.onRecords("(group_ext_id) -> bool");
            case "check" -> MethodSignature.onModel("(model, mode='read', raise_exception=True) -> bool");
            default -> MethodSignature.onModel("(module, xml_id, raise_on_access_error=False) -> tuple");
        };
    }

    static @Nullable Object call(Env env, ModelDef model, String method, List<Object> args, Map<String, Object> kw) {
        return switch (model.name() + "." + method) {
            case "res.users.context_get" -> {
                Args.bind(method, args, kw);
                yield contextGet(env);
            }
            case "res.users.has_group" -> hasGroup(env, args, kw);
            case "ir.model.access.check" -> {
                Args a = Args.bind(method, args, kw, "model", "mode=", "raise_exception=");
                yield accessCheck(env, a);
            }
            case "ir.model.data.check_object_reference" -> {
                Args a = Args.bind(method, args, kw, "module", "xml_id", "raise_on_access_error=");
                yield checkObjectReference(env, String.valueOf(a.required(method, "module")),
                        String.valueOf(a.required(method, "xml_id")), Py.truthy(a.get("raise_on_access_error")));
            }
            default -> throw new IllegalStateException("unrouted method " + model.name() + "." + method);
        };
    }

    /** The user's context: {@code {"lang": ..., "tz": ..., "uid": ...}}, as Odoo 18 reads it from the user. */
    static Map<String, Object> contextGet(Env env) {
        Map<String, Object> user = env.tx().row("res.users", env.uid());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", falseIfNull(user == null ? null : user.get("lang")));
        context.put("tz", falseIfNull(user == null ? null : user.get("tz")));
        context.put("uid", env.uid());
        return context;
    }

    /**
     * {@code has_group(group_ext_id)} on one user (the caller when called without ids): whether the user is in the
     * group with that external id; an unknown id is simply not a group the user is in.
     */
    private static boolean hasGroup(Env env, List<Object> args, Map<String, Object> kw) {
        boolean withIds = !args.isEmpty() && Py.looksLikeIds(args.get(0));
        List<Long> ids = withIds ? Py.toIds(args.get(0)) : List.of();
        Args a = Args.bind("has_group", withIds ? args.subList(1, args.size()) : args, kw, "group_ext_id");
        if (ids.size() > 1) {
            throw OdooError.valueError("Expected singleton: res.users" + Py.reprTuple(ids));
        }
        Object ref = a.required("has_group", "group_ext_id");
        if (!(ref instanceof String xmlId) || !xmlId.contains(".")) {
            throw OdooError.server("builtins.AssertionError", "External ID '" + (ref instanceof String s ? s : Py.repr(ref))
                    + "' must be fully qualified");
        }
        long uid = ids.isEmpty() ? env.uid() : ids.get(0);
        Map<String, Object> user = env.tx().row("res.users", uid);
        Map<String, Object> data = xmlIdRow(env, xmlId);
        if (user == null || data == null || !"res.groups".equals(data.get("model"))) {
            return false;
        }
        return Groups.ofUser(user, env.registry().odooVersion()).contains(data.get("res_id"));
    }

    /** {@code ir.model.access.check(model, mode='read', raise_exception=True)}: the ACL answer for the caller. */
    private static boolean accessCheck(Env env, Args a) {
        Object modelName = a.required("check", "model");
        if (!(modelName instanceof String name)) {
            throw OdooError.server("builtins.AssertionError", "Not a model name: " + Py.repr(modelName));
        }
        String mode = a.has("mode") ? String.valueOf(a.get("mode")) : "read";
        if (!MODES.contains(mode)) {
            throw OdooError.server("builtins.AssertionError", "Invalid access mode");
        }
        boolean raise = !a.has("raise_exception") || Py.truthy(a.get("raise_exception"));
        ModelDef target = env.registry().model(name);
        if (target == null) {
            if (raise && env.uid() != Env.SUPERUSER) {
                throw OdooError.accessError("You are not allowed to " + verb(mode) + " '" + name + "' (" + name
                        + ") records.\n\nNo group currently allows this operation.\n\nContact your administrator"
                        + " to request access if necessary.");
            }
            return env.uid() == Env.SUPERUSER;
        }
        if (raise) {
            env.checkAccess(target, mode);
            return true;
        }
        return env.hasAccess(target, mode);
    }

    private static String verb(String mode) {
        return switch (mode) {
            case "read" -> "access";
            case "write" -> "modify";
            case "create" -> "create";
            default -> "delete";
        };
    }

    /** {@code [model, res_id]} for {@code module.xml_id}; {@code res_id} False when the caller cannot read it. */
    private static List<Object> checkObjectReference(Env env, String module, String name, boolean raise) {
        String xmlId = module + "." + name;
        Map<String, Object> data = xmlIdRow(env, xmlId);
        if (data == null) {
            throw OdooError.valueError("External ID not found in the system: " + xmlId);
        }
        String model = String.valueOf(data.get("model"));
        long resId = (Long) data.get("res_id");
        ModelDef target = env.registry().model(model);
        Map<String, Object> row = target == null ? null : env.tx().row(model, resId);
        if (target != null && row != null && env.hasAccess(target, "read")) {
            return List.of(model, resId);
        }
        if (raise) {
            throw OdooError.accessError("Not enough access rights on the external ID " + Py.repr(xmlId));
        }
        return List.of(model, Boolean.FALSE);
    }

    private static @Nullable Map<String, Object> xmlIdRow(Env env, String xmlId) {
        int dot = xmlId.indexOf('.');
        String module = xmlId.substring(0, dot);
        String name = xmlId.substring(dot + 1);
        for (Map<String, Object> row : env.tx().rows("ir.model.data")) {
            if (module.equals(row.get("module")) && name.equals(row.get("name"))) {
                return row;
            }
        }
        return null;
    }

    /**
     * Odoo's check of the context language ({@code Environment.lang}): a {@code lang} that is not an active
     * {@code res.lang} code is refused with a UserError.
     */
    static void checkLanguage(Env env) {
        Object lang = env.context().get("lang");
        if (!(lang instanceof String code) || code.isEmpty() || code.equals("en_US")) {
            return;
        }
        for (Map<String, Object> row : env.tx().rows("res.lang")) {
            if (code.equals(row.get("code")) && Boolean.TRUE.equals(row.get("active"))) {
                return;
            }
        }
        throw OdooError.userError("Invalid language code: " + code);
    }

    private static Object falseIfNull(@Nullable Object value) {
        return value == null ? Boolean.FALSE : value;
    }
}
