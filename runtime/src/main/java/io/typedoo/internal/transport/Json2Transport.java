package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.value.WireConversions;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Odoo 19's JSON-2 API: {@code POST /json/2/<model>/<method>} with {@code Authorization: bearer <API key>}, the
 * database in {@code X-Odoo-Database}, a JSON object of named arguments (with the reserved keys {@code ids} and
 * {@code context}) and the bare result as the answer. Errors come with real HTTP status codes and a
 * {@code {name, message, arguments, context, debug}} body, mapped by {@link RemoteErrors#fromJson2}.
 *
 * <p>Answers are read with the same defences as JSON-RPC's: {@link JsonValueReader} (streaming, within the
 * {@link DecodeBudget}'s depth and heap, nothing after the document, no non-finite number, no integer wider than
 * 64 bits, no duplicate key) over a body bounded by {@link HttpPoster}; every text taken from an answer (error
 * messages, tracebacks, snippets of bodies that are not JSON) goes through a {@link Redactor} that hides the key.
 *
 * <p>Stateless: every call carries the key, no session is kept, so there is no login round trip. The key is held
 * only to be put in the header; it is never part of a message or {@code toString}. Thread-safe.
 */
public final class Json2Transport implements AutoCloseable {

    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9_.]+");
    private static final Pattern METHOD = Pattern.compile("[A-Za-z0-9_]+");
    /** What an HTTP header value can carry without folding or splitting: visible ASCII. */
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7e]+");

    private final String baseUrl;
    private final @Nullable String database;
    private final String authorization;
    private final HttpPoster http;
    private final JsonRequestWriter json = new JsonRequestWriter();
    private final JsonValueReader reader;

    /**
     * A transport for the server of {@code config}; nothing is sent until the first call.
     *
     * @param database the database to name in {@code X-Odoo-Database}, or null to let a single-database server
     *     choose
     * @param apiKey the user's API key (Odoo: Preferences, Account Security, New API Key)
     * @throws IllegalArgumentException when the key or database holds characters an HTTP header cannot carry (the
     *     message does not repeat the key)
     */
    public Json2Transport(TransportConfig config, @Nullable String database, String apiKey) {
        if (!HEADER_SAFE.matcher(apiKey).matches()) {
            throw new IllegalArgumentException("The API key is empty or holds spaces or characters an HTTP header"
                    + " cannot carry; copy it again from Odoo (Preferences > Account Security)");
        }
        if (database != null && !HEADER_SAFE.matcher(database).matches()) {
            throw new IllegalArgumentException("The database name '" + database.strip()
                    + "' holds spaces or characters an HTTP header cannot carry");
        }
        this.baseUrl = RequestParts.baseUrl(config);
        this.database = database;
        this.authorization = "bearer " + apiKey;
        // An error page or proxy that echoes the request would otherwise put the key into a message.
        this.http = new HttpPoster(config, Redactor.hiding(List.of(apiKey)));
        this.reader = new JsonValueReader(config.maxResponseBytes());
    }

    /**
     * Calls {@code method} of {@code model} with named arguments.
     *
     * @param arguments the method's arguments by their Python names, plus {@code ids} for a method on records and
     *     {@code context}; values in any form {@link WireConversions#toWire} accepts
     * @return the result in the normalised form of {@link Transport}
     * @throws OdooNoneResultException when the method returned None (a JSON {@code null}): it ran and committed
     */
    public Object call(CallSite site, String model, String method, Map<String, ?> arguments, ByteCounter bytes) {
        if (!MODEL.matcher(model).matches() || !METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("Not a model and method name: '" + model + "', '" + method + "' ["
                    + site.describe() + "]");
        }
        Map<String, @Nullable Object> wire = new LinkedHashMap<>();
        try {
            // An argument's null is Python's None (load=None, limit=None): JSON has null, unlike XML-RPC.
            arguments.forEach((name, value) -> wire.put(name, value == null ? null : WireConversions.toWire(value)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " [" + site.describe() + "]", e);
        }
        byte[] body = json.write(wire, site);
        HttpPoster.Reply reply = http.send(URI.create(baseUrl + "/json/2/" + model + "/" + method),
                headers(true, "application/json"), body, site, bytes);
        Object value = answer(reply, site);
        if (value == null) {
            // JSON-2 sends a method's None as null; the method ran and committed, as over the other protocols.
            throw new OdooNoneResultException(site, null);
        }
        return value;
    }

    /**
     * The JSON document at {@code path}, such as {@code /web/version} (sent without the key) or
     * {@code /doc-bearer/todo.task.json} (sent with it).
     */
    public @Nullable Object get(CallSite site, String path, boolean withKey, ByteCounter bytes) {
        HttpPoster.Reply reply = http.send(URI.create(baseUrl + path), headers(withKey, null), null, site, bytes);
        return answer(reply, site);
    }

    private List<String> headers(boolean withKey, @Nullable String contentType) {
        List<String> headers = new ArrayList<>(8);
        headers.add("Accept");
        headers.add("application/json");
        if (contentType != null) {
            headers.add("Content-Type");
            headers.add(contentType);
        }
        if (withKey) {
            headers.add("Authorization");
            headers.add(authorization);
        }
        if (database != null) {
            headers.add("X-Odoo-Database");
            headers.add(database);
        }
        return headers;
    }

    private @Nullable Object answer(HttpPoster.Reply reply, CallSite site) {
        if (reply.status() == 200) {
            return reader.read(reply.body(), site, http);
        }
        Map<?, ?> error = null;
        if (reply.contentType() != null && reply.contentType().startsWith("application/json")) {
            if (reader.read(reply.body(), site, http) instanceof Map<?, ?> map) {
                error = map;
            } else {
                throw new OdooProtocolException("HTTP " + reply.status() + " with a JSON body that is not an error"
                        + " object: " + http.redactedSnippet(reply.body()), site, null);
            }
        }
        throw RemoteErrors.fromJson2(reply.status(), error, http.redactedSnippet(reply.body()), database, site,
                http.redactor());
    }

    /** Refuses every later call; see {@link HttpPoster#close()}. */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "Json2Transport[" + baseUrl + (database == null ? "" : ", database " + database) + "]";
    }
}
