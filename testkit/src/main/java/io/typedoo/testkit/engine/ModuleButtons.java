package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ir.module.module}'s install buttons. There is no code to load: installing, upgrading and uninstalling
 * change the module's state (with Odoo's checks), and answer with the client action Odoo returns.
 */
final class ModuleButtons {

    private static final MethodSignature NO_ARGUMENTS = MethodSignature.onRecords("()");

    private ModuleButtons() {
    }

    static void register(ModelRegistry registry) {
        registry.method("ir.module.module", "button_immediate_install", NO_ARGUMENTS, call -> change(call, "install"));
        registry.method("ir.module.module", "button_immediate_upgrade", NO_ARGUMENTS, call -> change(call, "upgrade"));
        registry.method("ir.module.module", "button_immediate_uninstall", NO_ARGUMENTS, call -> change(call, "uninstall"));
    }

    private static Object change(MethodCall call, String action) {
        for (Long id : call.ids()) {
            Map<String, Object> module = call.record(id, "name", "state");
            String name = String.valueOf(module.get("name"));
            String state = String.valueOf(module.get("state"));
            String next;
            switch (action) {
                case "install" -> next = "installed";
                case "upgrade" -> {
                    if (!state.equals("installed")) {
                        throw OdooError.userError("Cannot upgrade module \u201c" + name + "\u201d. It is not"
                                + " installed.");
                    }
                    next = "installed";
                }
                default -> {
                    if (name.equals("base")) {
                        throw OdooError.userError("The `base` module cannot be uninstalled");
                    }
                    if (!state.equals("installed")) {
                        throw OdooError.userError("Cannot uninstall module \u201c" + name + "\u201d. It is not"
                                + " installed.");
                    }
                    next = "uninstalled";
                }
            }
            call.execute("ir.module.module", "write", List.of(List.of(id), Map.of("state", next)), Map.of());
        }
        Map<String, Object> reload = new LinkedHashMap<>();
        reload.put("type", "ir.actions.client");
        reload.put("tag", "reload");
        return reload;
    }
}
