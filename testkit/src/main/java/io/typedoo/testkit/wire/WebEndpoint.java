package io.typedoo.testkit.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.typedoo.testkit.engine.OdooError;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The routes of Odoo's web client that external clients use (Odooly's default mode, OdooRPC's constructor), as
 * Odoo 18 serves them: JSON-RPC envelopes ({@code {"jsonrpc": "2.0", "method": "call", "params": {...}}}, whose
 * {@code params} are the route's keyword arguments) and a {@code session_id} cookie. No HTML pages.
 *
 * <ul>
 *   <li>{@code /web/webclient/version_info}: {@code common.version()}'s answer.</li>
 *   <li>{@code /web/session/authenticate} ({@code db}, {@code login}, {@code password}): opens a session, sets
 *       the {@code session_id} cookie and answers the session info; a wrong password is an AccessDenied error,
 *       an unknown database an AccessError "Database not found.".</li>
 *   <li>{@code /web/session/get_session_info}, {@code /web/session/check}, {@code /web/session/destroy},
 *       {@code /web/dataset/call_kw[/<model>/<method>]} ({@code model}, {@code method}, {@code args},
 *       {@code kwargs}): need the session; without one they answer Odoo's "Odoo Session Expired" error (code
 *       100). {@code call_kw} runs the method as the session's user, exactly as {@code execute_kw} would.</li>
 *   <li>{@code /web/database/list}: the database names.</li>
 *   <li>{@code GET}/{@code HEAD /} redirect (303) to {@code /odoo}, which redirects a visitor without a session to
 *       {@code /web/login}, as Odoo does; clients use the chain to find the server's web root.</li>
 * </ul>
 */
final class WebEndpoint {

    private static final System.Logger LOG = System.getLogger(WebEndpoint.class.getName());
    private static final String HTML = HttpAnswer.HTML;
    /** Odoo's session lifetime: a week. */
    private static final int SESSION_SECONDS = 7 * 24 * 3600;
    private static final DateTimeFormatter COOKIE_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final RpcServices services;
    private final WebSessions sessions = new WebSessions();

    WebEndpoint(RpcServices services) {
        this.services = services;
    }

    /** Whether this endpoint answers {@code path}. */
    static boolean serves(String path) {
        return path.equals("/") || path.equals("/odoo") || path.startsWith("/odoo/") || path.equals("/web")
                || path.startsWith("/web/");
    }

    /** Whether {@code path} is one of the JSON-RPC routes (counted as RPC requests). */
    static boolean isRpc(String path) {
        return route(path) != null;
    }

    HttpAnswer handle(String httpMethod, String path, @Nullable String cookies, byte[] body, RequestLog log) {
        boolean read = httpMethod.equals("GET") || httpMethod.equals("HEAD");
        if (read && (path.equals("/") || path.equals("/web"))) {
            return redirect("/odoo");
        }
        if (read && (path.equals("/odoo") || path.startsWith("/odoo/"))) {
            return sessions.find(sessionId(cookies)) == null ? redirect("/web/login?redirect=" + encode(path + "?"))
                    : HttpAnswer.html(200, "The testkit serves no web client.");
        }
        if (read && path.equals("/web/login")) {
            return HttpAnswer.html(200, "The testkit serves no web client; log in over RPC.");
        }
        String route = route(path);
        if (route == null) {
            return HttpAnswer.html(404, "Not Found");
        }
        if (!httpMethod.equals("POST")) {
            return HttpAnswer.html(405, "Method Not Allowed").withHeader("Allow", "POST");
        }
        return json(route, cookies, body, log);
    }

    private HttpAnswer json(String route, @Nullable String cookies, byte[] body, RequestLog log) {
        JsonNode request = PythonJson.parse(body).tree();
        if (request == null || !request.isObject()) {
            log.error("Invalid JSON data");
            return HttpAnswer.html(400, "Invalid JSON data");
        }
        Map<String, @Nullable Object> response = new LinkedHashMap<>();
        response.put("jsonrpc", "2.0");
        response.put("id", PythonJson.toJava(request.get("id")));
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            Object params = PythonJson.toJava(request.get("params"));
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> kwargs = params instanceof Map<?, ?> map
                    ? (Map<String, @Nullable Object>) map : new LinkedHashMap<>();
            log.call("web", route, List.of(kwargs.keySet().toString()));
            Object result = call(route, sessions.find(sessionId(cookies)), kwargs, headers);
            if (result != null) {
                response.put("result", result);
            }
        } catch (RpcError e) {
            log.error(e);
            Map<String, Object> error = JsonRpcEndpoint.error(e, services.odooVersion());
            if (e.pythonClass().equals(SESSION_EXPIRED)) {
                error.put("code", 100L);
                error.put("message", "Odoo Session Expired");
            }
            response.put("error", error);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure while serving /web/" + route, e);
            response.put("error", JsonRpcEndpoint.error(RpcError.server("builtins.Exception", String.valueOf(e),
                    route), services.odooVersion()));
        }
        return new HttpAnswer(200, HttpAnswer.JSON, headers, PythonJson.write(response), true);
    }

    private static final String SESSION_EXPIRED = "odoo.http.SessionExpiredException";

    private @Nullable Object call(String route, WebSessions.@Nullable Session session,
            Map<String, @Nullable Object> kwargs, Map<String, String> headers) {
        return switch (route) {
            case "webclient/version_info" -> services.dispatch("common", "version", List.of());
            case "database/list" -> services.dispatch("db", "list", List.of());
            case "session/authenticate" -> {
                require("Session.authenticate", kwargs, "db", "login", "password");
                if (!services.database().name().equals(kwargs.get("db"))) {
                    throw RpcError.of(OdooError.accessError("Database not found."), "authenticate");
                }
                String login = text(kwargs.get("login"));
                String password = text(kwargs.get("password"));
                Long uid = services.database().authenticate(login, password);
                if (uid == null) {
                    throw RpcError.of(OdooError.accessDenied(), "authenticate");
                }
                WebSessions.Session opened = sessions.open(uid, login, password);
                headers.put("Set-Cookie", "session_id=" + opened.id() + "; Expires="
                        + COOKIE_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(SESSION_SECONDS))
                        + "; Max-Age=" + SESSION_SECONDS + "; HttpOnly; Path=/");
                yield sessionInfo(opened);
            }
            case "session/get_session_info" -> sessionInfo(required(session));
            case "session/check" -> {
                required(session);
                yield null;
            }
            case "session/destroy" -> {
                sessions.close(required(session).id());
                yield null;
            }
            default -> {
                // dataset/call_kw, with or without /<model>/<method> (the path is only informative, as in Odoo)
                WebSessions.Session user = required(session);
                require("DataSet.call_kw", kwargs, "model", "method", "args", "kwargs");
                String method = text(kwargs.get("method"));
                if (!(kwargs.get("args") instanceof List<?> args)) {
                    throw RpcError.server("builtins.TypeError", "call_kw() argument after * must be an iterable, not "
                            + RpcServices.pythonType(kwargs.get("args")), "call_kw");
                }
                Object kw = kwargs.get("kwargs");
                @SuppressWarnings("unchecked")
                Map<String, Object> named = kw instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                        : new LinkedHashMap<>();
                yield execute(user, text(kwargs.get("model")), method, new ArrayList<>(args), named);
            }
        };
    }

    /** Odoo 18's {@code ir.http.session_info()}: the keys external clients read. */
    private Map<String, Object> sessionInfo(WebSessions.Session session) {
        long uid = session.uid();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = ((List<Map<String, Object>>) execute(session, "res.users", "read",
                List.of(List.of(uid), List.of("name", "login", "partner_id", "company_id", "company_ids")),
                Map.of())).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) services.dispatch("common", "version", List.of());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uid", uid);
        info.put("is_system", hasGroup(session, "base.group_system"));
        info.put("is_admin", hasGroup(session, "base.group_erp_manager"));
        info.put("is_public", hasGroup(session, "base.group_public"));
        info.put("is_internal_user", hasGroup(session, "base.group_user"));
        info.put("user_context", execute(session, "res.users", "context_get", List.of(), Map.of()));
        info.put("db", services.database().name());
        info.put("server_version", version.get("server_version"));
        info.put("server_version_info", version.get("server_version_info"));
        info.put("support_url", "https://www.odoo.com/buy");
        info.put("name", user.get("name"));
        info.put("username", user.get("login"));
        Object partner = user.get("partner_id");
        info.put("partner_display_name", partner instanceof List<?> pair ? pair.get(1) : Boolean.FALSE);
        info.put("partner_id", partner instanceof List<?> pair ? pair.get(0) : Boolean.FALSE);
        info.put("web.base.url", "http://localhost:8069");
        info.put("active_ids_limit", 20000L);
        info.put("max_file_upload_size", 134217728L);
        info.put("home_action_id", Boolean.FALSE);
        info.put("currencies", currencies(session));
        info.put("test_mode", Boolean.FALSE);
        info.put("user_companies", companies(session, user));
        info.put("show_effect", Boolean.TRUE);
        info.put("display_switch_company_menu", Boolean.FALSE);
        return info;
    }

    private Map<String, Object> currencies(WebSessions.Session session) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execute(session, "res.currency", "search_read",
                List.of(List.of(), List.of("symbol", "position", "decimal_places")), Map.of());
        Map<String, Object> currencies = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> currency = new LinkedHashMap<>();
            currency.put("symbol", row.get("symbol"));
            currency.put("position", row.get("position"));
            currency.put("digits", List.of(69L, row.get("decimal_places")));
            currencies.put(String.valueOf(row.get("id")), currency);
        }
        return currencies;
    }

    private Map<String, Object> companies(WebSessions.Session session, Map<String, Object> user) {
        List<Object> ids = user.get("company_ids") instanceof List<?> list ? new ArrayList<>(list) : List.of();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execute(session, "res.company", "read",
                List.of(ids, List.of("name", "sequence", "child_ids", "parent_id", "currency_id")), Map.of());
        Map<String, Object> allowed = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> company = new LinkedHashMap<>();
            company.put("id", row.get("id"));
            company.put("name", row.get("name"));
            company.put("sequence", row.get("sequence"));
            company.put("child_ids", row.get("child_ids"));
            company.put("parent_id", row.get("parent_id") instanceof List<?> pair ? pair.get(0) : Boolean.FALSE);
            company.put("currency_id", row.get("currency_id") instanceof List<?> pair ? pair.get(0) : Boolean.FALSE);
            allowed.put(String.valueOf(row.get("id")), company);
        }
        Map<String, Object> companies = new LinkedHashMap<>();
        companies.put("current_company", user.get("company_id") instanceof List<?> pair ? pair.get(0) : Boolean.FALSE);
        companies.put("allowed_companies", allowed);
        companies.put("disallowed_ancestor_companies", new LinkedHashMap<>());
        return companies;
    }

    private boolean hasGroup(WebSessions.Session session, String group) {
        return Boolean.TRUE.equals(execute(session, "res.users", "has_group", List.of(group), Map.of()));
    }

    private @Nullable Object execute(WebSessions.Session session, String model, String method, List<?> args,
            Map<String, ?> kwargs) {
        try {
            return services.database().execute(session.uid(), session.password(), model, method,
                    new ArrayList<>(args), new LinkedHashMap<>(kwargs));
        } catch (OdooError e) {
            throw RpcError.of(e, "call_kw");
        }
    }

    private static WebSessions.Session required(WebSessions.@Nullable Session session) {
        if (session == null) {
            throw RpcError.server(SESSION_EXPIRED, "Session expired", "_authenticate");
        }
        return session;
    }

    /** Python's TypeError when an endpoint misses keyword arguments it requires. */
    private static void require(String function, Map<String, @Nullable Object> kwargs, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!kwargs.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            String error = io.typedoo.testkit.engine.PythonText.argumentCountError(function, 0,
                    missing.toArray(String[]::new));
            throw RpcError.server("builtins.TypeError", String.valueOf(error), function);
        }
    }

    private static String text(@Nullable Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw RpcError.server("builtins.TypeError", "expected a string, not " + RpcServices.pythonType(value),
                "dispatch");
    }

    /** The route under {@code /web/} of a JSON-RPC endpoint, or null. */
    private static @Nullable String route(String path) {
        String route = path.startsWith("/web/") ? path.substring(5) : "";
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        return switch (route) {
            case "webclient/version_info", "database/list", "session/authenticate", "session/get_session_info",
                    "session/check", "session/destroy", "dataset/call_kw" -> route;
            default -> route.startsWith("dataset/call_kw/") ? "dataset/call_kw" : null;
        };
    }

    private static @Nullable String sessionId(@Nullable String cookies) {
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split(";")) {
            String trimmed = cookie.trim();
            if (trimmed.startsWith("session_id=")) {
                return trimmed.substring("session_id=".length());
            }
        }
        return null;
    }

    private static HttpAnswer redirect(String location) {
        return new HttpAnswer(303, HTML, Map.of("Location", location), new byte[0], false);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
