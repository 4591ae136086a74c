package io.typedoo.testkit.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /web/version} and, from Odoo 19, its alias {@code GET /json/version}: the server's version without
 * authentication, {@code {"version_info": [19, 0, 0, "final", 0, ""], "version": "19.0"}}.
 */
final class VersionEndpoint {

    private final int odooVersion;
    private final byte[] answer;

    VersionEndpoint(int odooVersion) {
        this.odooVersion = odooVersion;
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version_info", RpcServices.versionInfo(odooVersion));
        version.put("version", odooVersion + ".0");
        this.answer = PythonJson.write(version);
    }

    /** Whether this version serves a version document at {@code path}. */
    boolean serves(String path) {
        return path.equals("/web/version") || path.equals("/json/version") && odooVersion >= 19;
    }

    HttpAnswer handle() {
        return HttpAnswer.json(200, answer);
    }
}
