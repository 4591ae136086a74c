package io.typedoo.testkit.wire;

import com.sun.net.httpserver.Headers;
import io.typedoo.testkit.engine.Database;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What Odoo 19's routes of {@code type='json2'} with {@code auth='bearer'} check before their code runs (JSON-2
 * and {@code /doc-bearer}): the database ({@code X-Odoo-Database}, else the only one), the content type, and the
 * API key in {@code Authorization: Bearer <key>} (the scheme in any case). A password is never accepted here.
 */
final class BearerAuth {

    /** A caller the key identified: the user and the key, which the engine checks again on each call. */
    record Caller(long uid, String apiKey) {
    }

    static final String NOT_AUTHENTICATED =
            "User not authenticated, use an API Key with a Bearer Authorization header.";

    private static final String NO_DATABASE = "<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
            + "<p>No database is selected and the requested URL was not found in the server-wide controllers.</p>\n"
            + "<p>Please verify the hostname, <a href=/web/login>login</a> and try again.</p>\n\n"
            + "<!-- Alternatively, use the X-Odoo-Database header. -->\n";

    private static final String UNSUPPORTED_MEDIA_TYPE = "<!doctype html>\n<html lang=en>\n"
            + "<title>415 Unsupported Media Type</title>\n<h1>Unsupported Media Type</h1>\n"
            + "<p>Request inferred type is compatible with [&#39;http&#39;] but &#39;%s&#39; is type=&#39;json2&#39;."
            + "<br><br>Please verify the Content-Type request header and try again.</p>\n";

    private BearerAuth() {
    }

    /**
     * The 404 page Odoo answers when {@code X-Odoo-Database} names a database it does not serve; null when the
     * header names this one or is absent (a server with one database serves it without the header).
     */
    static @Nullable HttpAnswer unknownDatabase(Database database, Headers headers) {
        String named = headers.getFirst("X-Odoo-Database");
        return named == null || named.equals(database.name()) ? null : HttpAnswer.html(404, NO_DATABASE);
    }

    /**
     * The 415 page (with {@code Accept: application/json}) when a body comes with another content type or none;
     * null when the request may go on. An empty body needs no content type. {@code route} is the route pattern
     * Odoo names in the page, such as {@code /json/2/<__model__>/<__method__>}.
     */
    static @Nullable HttpAnswer unsupportedMediaType(Headers headers, byte[] body, String route) {
        String type = headers.getFirst("Content-Type");
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (body.length == 0 || mime.equals("application/json")) {
            return null;
        }
        String shown = route.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return HttpAnswer.html(415, String.format(UNSUPPORTED_MEDIA_TYPE, shown))
                .withHeader("Accept", "application/json");
    }

    /**
     * The caller of a bearer key.
     *
     * @throws Json2Error 401 without a bearer key ({@link #NOT_AUTHENTICATED}) or with an invalid one
     *     ({@code Invalid apikey})
     */
    static Caller authenticate(Database database, Headers headers) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null) {
            throw Json2Error.unauthorized(NOT_AUTHENTICATED);
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("bearer")) {
            throw Json2Error.unauthorized(NOT_AUTHENTICATED);
        }
        String key = parts[1].strip();
        Long uid = key.isEmpty() ? null : database.authenticateApiKey(key);
        if (uid == null) {
            throw Json2Error.unauthorized("Invalid apikey");
        }
        return new Caller(uid, key);
    }
}
