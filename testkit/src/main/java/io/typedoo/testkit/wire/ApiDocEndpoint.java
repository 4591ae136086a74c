package io.typedoo.testkit.wire;

import com.sun.net.httpserver.Headers;
import io.typedoo.testkit.engine.Database;
import io.typedoo.testkit.engine.MethodSignature;
import io.typedoo.testkit.engine.ModelDef;
import io.typedoo.testkit.engine.OdooError;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Odoo 19's {@code api_doc} addon, as far as API clients use it: {@code GET /doc-bearer/<model>.json} (the
 * model's fields as {@code fields_get} describes them, and its public methods with their signatures as
 * {@code /doc-bearer} writes them) and {@code GET /doc-bearer/index.json} (every readable model with its field
 * labels and method names, and the installed modules), both with a bearer API key and the Technical Documentation
 * group, which administrators (Settings) have. The HTML browser at {@code /doc} needs a web session: without one
 * it redirects to the login page, as Odoo does.
 */
final class ApiDocEndpoint {

    private static final System.Logger LOG = System.getLogger(ApiDocEndpoint.class.getName());
    private static final Pattern MODEL = Pattern.compile("/doc-bearer/([^/]+)\\.json");
    private static final String WHERE = "doc_bearer";
    private static final String REDIRECT = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n"
            + "<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: "
            + "<a href=\"%1$s\">%1$s</a>. If not, click the link.\n";

    private final Database database;

    ApiDocEndpoint(Database database) {
        this.database = database;
    }

    /** Whether the path is the doc addon's: {@code /doc}, {@code /doc/...} and {@code /doc-bearer/...}. */
    static boolean serves(String path) {
        return path.equals("/doc") || path.startsWith("/doc/") || path.startsWith("/doc-bearer/");
    }

    HttpAnswer handle(String verb, String path, @Nullable String query, Headers headers, RequestLog log) {
        HttpAnswer noDatabase = BearerAuth.unknownDatabase(database, headers);
        if (noDatabase != null) {
            return noDatabase;
        }
        if (!path.startsWith("/doc-bearer/")) {
            // The session routes (/doc, /doc/<model>.json): no session here, so to the login page.
            String target = "/web/login?redirect=" + URLEncoder.encode(path + "?" + (query == null ? "" : query),
                    StandardCharsets.UTF_8);
            return HttpAnswer.html(303, String.format(REDIRECT, target)).withHeader("Location", target);
        }
        try {
            BearerAuth.Caller caller = BearerAuth.authenticate(database, headers);
            if (!verb.equals("GET") && !verb.equals("POST")) {
                throw Json2Error.notFound("The requested URL was not found on the server.");
            }
            if (!database.isSystemUser(caller.uid())) {
                throw OdooError.accessError("This page is only accessible to Technical Documentation users.");
            }
            Object document;
            if (path.equals("/doc-bearer/index.json")) {
                document = index(caller);
            } else {
                Matcher model = MODEL.matcher(path);
                if (!model.matches() || database.models().model(model.group(1)) == null) {
                    throw Json2Error.notFound("The requested URL was not found on the server.");
                }
                document = model(caller, model.group(1));
            }
            byte[] body = PythonJson.write(document);
            return HttpAnswer.json(200, body).withHeader("ETag", etag(body))
                    .withHeader("Cache-Control", "no-cache, private").withHeader("Content-Language", "en-US");
        } catch (Json2Error e) {
            log.error(e.pythonClass() + ": " + e.odooMessage());
            return e.answer(WHERE);
        } catch (OdooError e) {
            log.error(e.pythonClass() + ": " + e.message());
            return Json2Error.of(e).answer(WHERE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure while serving " + path, e);
            return Json2Error.of(OdooError.server("builtins.Exception", String.valueOf(e))).answer(WHERE);
        }
    }

    private Map<String, Object> model(BearerAuth.Caller caller, String modelName) {
        ModelDef model = database.models().model(modelName);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("model", modelName);
        document.put("name", model == null ? modelName : model.description());
        document.put("doc", null);
        Map<String, Object> fields = new LinkedHashMap<>();
        Object described = database.execute(caller.uid(), caller.apiKey(), modelName, "fields_get", List.of(),
                Map.of());
        if (described instanceof Map<?, ?> map) {
            map.forEach((name, attributes) -> {
                Map<String, Object> field = new LinkedHashMap<>();
                if (attributes instanceof Map<?, ?> a) {
                    a.forEach((k, v) -> field.put(String.valueOf(k), v));
                }
                field.put("name", name);
                // The magic id and display_name belong to no module; the others to the model's.
                field.put("module", name.equals("id") || name.equals("display_name") || model == null ? null
                        : model.module());
                fields.put(String.valueOf(name), field);
            });
        }
        document.put("fields", fields);
        Map<String, Object> methods = new LinkedHashMap<>();
        Map<String, Database.MethodDoc> documented = database.documentedMethods(modelName);
        if (documented != null) {
            documented.forEach((name, doc) -> {
                Map<String, Object> method = method(doc);
                if (doc.definedIn().equals("core") || doc.definedIn().equals("base")) {
                    OdooMethodDocs.addTo(name, method);      // a built-in method: Odoo's docstrings
                }
                methods.put(name, method);
            });
        }
        document.put("methods", methods);
        return document;
    }

    /** A method as {@code /doc-bearer} describes it: signature, parameters, return, api, model, module. */
    private static Map<String, Object> method(Database.MethodDoc doc) {
        Map<String, Object> method = new LinkedHashMap<>();
        MethodSignature signature = doc.signature();
        method.put("signature", signature.text());
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (MethodSignature.Parameter p : signature.parameters()) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            if (p.varKeyword()) {
                parameter.put("kind", "VAR_KEYWORD");
            } else if (!p.required()) {
                parameter.put("default", p.defaultValue());
            }
            parameters.put(p.name(), parameter);
        }
        method.put("parameters", parameters);
        if (signature.returns() != null) {
            method.put("return", Map.of("annotation", signature.returns()));
        }
        if (!doc.api().isEmpty()) {
            method.put("api", doc.api());
        }
        method.put("model", doc.definedIn());
        method.put("module", doc.module());
        return method;
    }

    private Map<String, Object> index(BearerAuth.Caller caller) {
        List<Object> models = new ArrayList<>();
        for (ModelDef model : database.models().all()) {
            Object readable = database.execute(caller.uid(), caller.apiKey(), model.name(), "check_access_rights",
                    List.of("read", false), Map.of());
            if (!Boolean.TRUE.equals(readable)) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("model", model.name());
            entry.put("name", model.description());
            Map<String, Object> labels = new LinkedHashMap<>();
            model.fields().forEach((name, field) -> labels.put(name, Map.of("string", field.label())));
            entry.put("fields", labels);
            Map<String, Database.MethodDoc> methods = database.documentedMethods(model.name());
            entry.put("methods", methods == null ? List.of() : new ArrayList<>(methods.keySet()));
            models.add(entry);
        }
        Object modules = database.execute(caller.uid(), caller.apiKey(), "ir.module.module", "search_read",
                List.of(List.of(List.of("state", "=", "installed")), List.of("name")), Map.of());
        List<Object> names = new ArrayList<>();
        if (modules instanceof List<?> rows) {
            rows.forEach(row -> names.add(((Map<?, ?>) row).get("name")));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("modules", names);
        index.put("models", models);
        return index;
    }

    private static String etag(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
