package io.typedoo.testkit.wire;

import io.typedoo.testkit.engine.Database;
import io.typedoo.testkit.engine.OdooError;
import io.typedoo.testkit.engine.PythonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Odoo's RPC services, shared by both protocols: {@code common} ({@code version}, {@code authenticate},
 * {@code login}) and {@code object} ({@code execute_kw}, {@code execute}), on top of the engine's
 * {@link Database}. Arguments arrive and results leave in the normalised value form.
 *
 * <p>Checks happen in Odoo's order: the service, then the database name (an unknown database fails as
 * PostgreSQL's connection does in Odoo), then the method; the password is checked by the engine on every
 * {@code execute}.
 */
final class RpcServices {

    /** What {@code common.about()} has said since OpenERP. */
    private static final String ABOUT = "See http://openerp.com";

    private final Database database;
    private final Map<String, Object> version;

    /** Services for one database. */
    RpcServices(Database database) {
        this.database = database;
        this.version = version(database.odooVersion());
    }

    /** The major Odoo version answered as. */
    int odooVersion() {
        return database.odooVersion();
    }

    /** The database served. */
    Database database() {
        return database;
    }

    /**
     * Runs one RPC call.
     *
     * @throws RpcError for every error Odoo reports on the wire
     */
    @Nullable Object dispatch(String service, String method, List<@Nullable Object> params) {
        return switch (service) {
            case "common" -> common(method, params);
            case "object" -> object(method, params);
            case "db" -> db(method, params);
            default -> throw RpcError.server("builtins.KeyError", service, "dispatch_rpc");
        };
    }

    /** The part of the database service a client uses to find databases; managing them is not offered. */
    private Object db(String method, List<@Nullable Object> params) {
        return switch (method) {
            case "list" -> List.of(database.name());
            case "server_version" -> version.get("server_version");
            case "list_lang" -> {
                requireCount("exp_" + method, params.size());
                yield database.languages();
            }
            case "db_exist" -> {
                requireCount("exp_" + method, params.size(), "db_name");
                yield database.name().equals(params.get(0));
            }
            default -> throw RpcError.server("builtins.Exception", "Method not found: " + method, "dispatch");
        };
    }

    private Object common(String method, List<@Nullable Object> params) {
        return switch (method) {
            case "version" -> version;
            case "about" -> {
                requireCount("exp_" + method, params.size(), "extended=");
                boolean extended = !params.isEmpty() && params.get(0) != null && !Boolean.FALSE.equals(params.get(0))
                        && !Long.valueOf(0).equals(params.get(0));
                yield extended ? List.of(ABOUT, version.get("server_version")) : ABOUT;
            }
            case "authenticate" -> {
                requireCount("exp_" + method, params.size(), "db", "login", "password", "user_agent_env");
                yield login(params);
            }
            case "login" -> {
                requireCount("exp_" + method, params.size(), "db", "login", "password");
                yield login(params);
            }
            default -> throw RpcError.server("builtins.Exception", "Method not found: " + method, "dispatch");
        };
    }

    /** The uid, or {@code false} (not a fault) when the login or password is wrong, as Odoo answers. */
    private Object login(List<@Nullable Object> params) {
        checkDatabase(params.get(0), "authenticate");
        String login = text(params.get(1), "login");
        String password = text(params.get(2), "password");
        Long uid = database.authenticate(login, password);
        return uid == null ? Boolean.FALSE : uid;
    }

    private @Nullable Object object(String method, List<@Nullable Object> params) {
        if (params.size() < 3) {
            throw RpcError.server("builtins.IndexError", "tuple index out of range", "dispatch");
        }
        checkDatabase(params.get(0), method);
        long uid = uid(params.get(1));
        String password = text(params.get(2), "password");
        List<@Nullable Object> rest = params.subList(3, params.size());
        return switch (method) {
            case "execute_kw" -> {
                requireCount(method, rest.size() + 2, "db", "uid", "obj", "method", "args", "kw=");
                String model = text(rest.get(0), "model");
                String modelMethod = text(rest.get(1), "method");
                if (!(rest.get(2) instanceof List<?> args)) {
                    throw RpcError.server("builtins.TypeError", "execute_kw() argument after * must be an iterable, not "
                            + pythonType(rest.get(2)), method);
                }
                Object kw = rest.size() > 3 ? rest.get(3) : null;
                if (kw != null && !(kw instanceof Map<?, ?>)) {
                    throw RpcError.server("builtins.TypeError", "execute_kw() argument after ** must be a mapping, not "
                            + pythonType(kw), method);
                }
                yield execute(uid, password, model, modelMethod, new ArrayList<>(args), kwargs(kw));
            }
            case "execute" -> {
                requireCount(method, rest.size() + 2, "db", "uid", "obj", "method", "*args");
                String model = text(rest.get(0), "model");
                String modelMethod = text(rest.get(1), "method");
                yield execute(uid, password, model, modelMethod, new ArrayList<>(rest.subList(2, rest.size())),
                        new LinkedHashMap<>());
            }
            default -> throw RpcError.server("builtins.NameError", "Method not available " + method, "dispatch");
        };
    }

    private @Nullable Object execute(long uid, String password, String model, String method, List<Object> args,
            Map<String, Object> kwargs) {
        try {
            return database.execute(uid, password, model, method, args, kwargs);
        } catch (OdooError e) {
            throw RpcError.of(e, method);
        }
    }

    private void checkDatabase(@Nullable Object db, String where) {
        if (!database.name().equals(db)) {
            throw RpcError.server("psycopg2.OperationalError", "connection to server at \"127.0.0.1\", port 5432 "
                    + "failed: FATAL:  database \"" + db + "\" does not exist\n", where);
        }
    }

    private static long uid(@Nullable Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d+")) {
            return Long.parseLong(s.strip());
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw RpcError.server("builtins.ValueError",
                "invalid literal for int() with base 10: " + PythonText.stringRepr(String.valueOf(value)), "dispatch");
    }

    private static String text(@Nullable Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw RpcError.server("builtins.TypeError", what + " must be a string, not " + pythonType(value), "dispatch");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kwargs(@Nullable Object kw) {
        return kw == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) kw);
    }

    /** Python's TypeError when a service function gets a wrong number of arguments. */
    private static void requireCount(String function, int given, String... parameters) {
        String error = PythonText.argumentCountError(function, given, parameters);
        if (error != null) {
            throw RpcError.server("builtins.TypeError", error, function);
        }
    }

    /** {@code [major, 0, 0, "final", 0, ""]}, as {@code version()} and {@code /web/version} give it. */
    static List<Object> versionInfo(int odooVersion) {
        return List.of((long) odooVersion, 0L, 0L, "final", 0L, "");
    }

    /** The Python type name of a normalised value, for messages such as Python's own. */
    static String pythonType(@Nullable Object value) {
        if (value == null) {
            return "NoneType";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Long || value instanceof Integer) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof String) {
            return "str";
        } else if (value instanceof List) {
            return "list";
        } else if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /** The answer of {@code common.version()}: {@code <version>.0} final, protocol 1. */
    private static Map<String, Object> version(int odooVersion) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("server_version", odooVersion + ".0");
        version.put("server_version_info", versionInfo(odooVersion));
        version.put("server_serie", odooVersion + ".0");
        version.put("protocol_version", 1L);
        return java.util.Collections.unmodifiableMap(version);
    }
}
