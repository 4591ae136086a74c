package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.fixture.UserRef;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: {@code todo.task} read the way it is done without typedoo, with hand-written calls through the
 * Apache XML-RPC client and hand-written mapping of its {@code Object[]} and {@code HashMap} results into
 * {@link TaskRow}s. No typedoo class is used here.
 */
public final class RawOdooXmlRpc {

    private final XmlRpcClient object;
    private final String database;
    private final int uid;
    private final String password;

    private RawOdooXmlRpc(XmlRpcClient object, String database, int uid, String password) {
        this.object = object;
        this.database = database;
        this.uid = uid;
        this.password = password;
    }

    /** Logs in through {@code /xmlrpc/2/common} and returns a reader bound to {@code /xmlrpc/2/object}. */
    public static RawOdooXmlRpc login(String url, String database, String login, String password) {
        XmlRpcClient common = client(url + "/xmlrpc/2/common");
        Object uid = call(common, "authenticate", new Object[] {database, login, password, Map.of()});
        if (!(uid instanceof Integer id)) {
            throw new IllegalStateException("login refused for " + login + " on " + url);
        }
        return new RawOdooXmlRpc(client(url + "/xmlrpc/2/object"), database, id, password);
    }

    /** {@code search_read} of every task with the fields of {@link TaskRow}, mapped by hand. */
    public List<TaskRow> searchReadTasks(int limit) {
        Object result = execute("todo.task", "search_read", new Object[] {new Object[0]},
                Map.of("fields", TaskRow.FIELDS, "limit", limit));
        Object[] records = (Object[]) result;
        List<TaskRow> rows = new ArrayList<>(records.length);
        for (Object record : records) {
            rows.add(toRow(asMap(record), false));
        }
        return rows;
    }

    /**
     * {@code web_search_read} (Odoo 17+) with a specification asking for the many2ones' display names, as the
     * generated code sends it, mapped by hand.
     */
    public List<TaskRow> webSearchReadTasks(Map<String, Object> specification, int limit) {
        Object result = execute("todo.task", "web_search_read", new Object[] {new Object[0]},
                Map.of("specification", specification, "limit", limit));
        Object[] records = (Object[]) asMap(result).get("records");
        List<TaskRow> rows = new ArrayList<>(records.length);
        for (Object record : records) {
            rows.add(toRow(asMap(record), true));
        }
        return rows;
    }

    /** Any {@code execute_kw} call, as hand-written code does it. */
    public Object execute(String model, String method, Object[] args, Map<String, Object> kwargs) {
        return call(object, "execute_kw", new Object[] {database, uid, password, model, method, args, kwargs});
    }

    private static TaskRow toRow(Map<String, Object> m, boolean referencesAsDicts) {
        Object deadline = m.get("date_deadline");
        Object description = m.get("description");
        Object[] tags = (Object[]) m.get("tag_ids");
        List<Long> tagIds = new ArrayList<>(tags.length);
        for (Object tag : tags) {
            tagIds.add(((Integer) tag).longValue());
        }
        UserRef createdBy = user(m.get("create_uid"), referencesAsDicts);
        if (createdBy == null) {
            throw new IllegalStateException("create_uid missing in task " + m.get("id"));
        }
        return new TaskRow(
                ((Integer) m.get("id")).longValue(),
                (String) m.get("name"),
                (Boolean) m.get("is_done"),
                deadline instanceof String s ? LocalDate.parse(s) : null,
                user(m.get("user_id"), referencesAsDicts),
                tagIds,
                (String) m.get("priority"),
                description instanceof String s ? s : null,
                createdBy);
    }

    private static @Nullable UserRef user(Object value, boolean referencesAsDicts) {
        if (Boolean.FALSE.equals(value)) {
            return null;
        }
        if (referencesAsDicts) {
            Map<String, Object> ref = asMap(value);
            return new UserRef(((Integer) ref.get("id")).longValue(), (String) ref.get("display_name"));
        }
        Object[] pair = (Object[]) value;
        return new UserRef(((Integer) pair[0]).longValue(), (String) pair[1]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static XmlRpcClient client(String url) {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(URI.create(url).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad URL " + url, e);
        }
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        return client;
    }

    private static Object call(XmlRpcClient client, String method, Object[] params) {
        try {
            return client.execute(method, params);
        } catch (XmlRpcException e) {
            throw new IllegalStateException("XML-RPC call " + method + " failed: " + e.getMessage(), e);
        }
    }
}
