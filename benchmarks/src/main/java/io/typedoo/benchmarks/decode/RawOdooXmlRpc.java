package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.TagRef;
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

    /**
     * {@code web_search_read} (Odoo 17+) of the first {@code limit} tasks with {@link TaskRow#SPECIFICATION}, the
     * call the generated code makes, mapped by hand.
     */
    public List<TaskRow> webSearchReadTasks(int limit) {
        Object result = execute("todo.task", "web_search_read", new Object[] {new Object[0], TaskRow.SPECIFICATION},
                Map.of("limit", limit));
        Object[] records = (Object[]) asMap(result).get("records");
        List<TaskRow> rows = new ArrayList<>(records.length);
        for (Object record : records) {
            rows.add(toRow(asMap(record)));
        }
        return rows;
    }

    /** Any {@code execute_kw} call, as hand-written code does it. */
    public Object execute(String model, String method, Object[] args, Map<String, Object> kwargs) {
        return call(object, "execute_kw", new Object[] {database, uid, password, model, method, args, kwargs});
    }

    private static TaskRow toRow(Map<String, Object> m) {
        Object deadline = m.get("date_deadline");
        Object user = m.get("user_id");
        Object description = m.get("description");
        Object[] tagValues = (Object[]) m.get("tag_ids");
        List<TagRef> tags = new ArrayList<>(tagValues.length);
        for (Object tag : tagValues) {
            Map<String, Object> t = asMap(tag);
            tags.add(new TagRef(((Integer) t.get("id")).longValue(), (String) t.get("name")));
        }
        return new TaskRow(
                ((Integer) m.get("id")).longValue(),
                (String) m.get("name"),
                (Boolean) m.get("is_done"),
                deadline instanceof String s ? LocalDate.parse(s) : null,
                user instanceof Map<?, ?> ? userRef(user) : null,
                tags,
                (String) m.get("priority"),
                description instanceof String s ? s : null,
                userRef(m.get("create_uid")));
    }

    private static UserRef userRef(Object value) {
        Map<String, Object> ref = asMap(value);
        return new UserRef(((Integer) ref.get("id")).longValue(), (String) ref.get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** An Apache XML-RPC client with its default transport for {@code url}; the raw baselines share it. */
    public static XmlRpcClient client(String url) {
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

    /** {@code client.execute}, with a failure as an unchecked exception; the raw baselines share it. */
    public static Object call(XmlRpcClient client, String method, Object[] params) {
        try {
            return client.execute(method, params);
        } catch (XmlRpcException e) {
            throw new IllegalStateException("XML-RPC call " + method + " failed: " + e.getMessage(), e);
        }
    }
}
