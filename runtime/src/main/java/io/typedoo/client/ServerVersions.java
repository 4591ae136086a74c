package io.typedoo.client;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooProtocolException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads {@code common.version()}'s struct (or the object of {@code GET /web/version}) into a {@link ServerVersion}, tolerating what older servers leave out. */
final class ServerVersions {

    private ServerVersions() {
    }

    static ServerVersion fromWire(@Nullable Object raw, CallSite site) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new OdooProtocolException("version() answered " + raw + " instead of a struct", site, null);
        }
        // common.version() says server_version(_info); Odoo 19's GET /web/version says version(_info).
        String serverVersion = text(map.containsKey("server_version") ? map.get("server_version") : map.get("version"));
        Object rawInfo = map.containsKey("server_version_info") ? map.get("server_version_info")
                : map.get("version_info");
        List<Object> info = rawInfo instanceof List<?> list
                ? Collections.unmodifiableList(new ArrayList<Object>(list)) : List.<Object>of();
        String serie = text(map.get("server_serie"));
        if (serie.isEmpty()) {
            serie = serverVersion;
        }
        int protocol = map.get("protocol_version") instanceof Number n ? n.intValue() : 1;
        return new ServerVersion(serverVersion, info, serie, protocol);
    }

    private static String text(@Nullable Object o) {
        return o instanceof String s ? s : o == null || Boolean.FALSE.equals(o) ? "" : String.valueOf(o);
    }
}
