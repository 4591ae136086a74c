package io.typedoo.benchmarks.bulk;

import static io.typedoo.benchmarks.decode.RawOdooXmlRpc.call;
import static io.typedoo.benchmarks.decode.RawOdooXmlRpc.client;

import java.util.HashMap;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;

/**
 * The baseline: the bulk job written by hand against the Apache XML-RPC client with its default transport, as
 * code without typedoo does it: {@code Object[]} and {@code HashMap} arguments, {@code execute_kw} on
 * {@code /xmlrpc/2/object}. No typedoo class is used here (the client set-up is the decode baseline's).
 */
final class RawBulkJob {

    private final XmlRpcClient object;
    private final String database;
    private final int uid;
    private final String password;

    RawBulkJob(String url, String database, String login, String password) {
        XmlRpcClient common = client(url + "/xmlrpc/2/common");
        Object answer = call(common, "authenticate", new Object[] {database, login, password, new HashMap<>()});
        this.uid = (Integer) answer;
        this.object = client(url + "/xmlrpc/2/object");
        this.database = database;
        this.password = password;
    }

    /** Creates {@code count} tasks in one call, marks them done in one, deletes them in one; returns the ids. */
    Object[] run(int count) {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            Map<String, Object> task = new HashMap<>();
            task.put("name", "Bulk task " + i);
            task.put("priority", i % 2 == 0 ? "1" : "0");
            values[i] = task;
        }
        Object[] ids = (Object[]) execute("create", new Object[] {values});
        Map<String, Object> done = new HashMap<>();
        done.put("is_done", Boolean.TRUE);
        execute("write", new Object[] {ids, done});
        execute("unlink", new Object[] {ids});
        return ids;
    }

    private Object execute(String method, Object[] args) {
        return call(object, "execute_kw", new Object[] {database, uid, password, "todo.task", method, args,
            new HashMap<>()});
    }
}
