package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ir.module.module}'s install buttons. There is no code to load: installing, upgrading and uninstalling
 * change the module's state (with Odoo's checks), and answer with the client action Odoo returns.
 *
 * <p>As in Odoo, the buttons are for administrators only (Odoo's {@code assert_log_admin_access} raises
 * {@code AccessDenied} for anyone else, although their login worked), and installing a module installs the
 * modules it depends on first.
 */
final class ModuleButtons {

    /** What the demo modules depend on, as a small slice of Odoo 18's manifests. */
    private static final Map<String, List<String>> DEPENDS = Map.of(
            "contacts", List.of("mail"),
            "calendar", List.of("mail"),
            "crm", List.of("calendar", "contacts", "mail"),
            "project", List.of("mail"),
            "hr", List.of("mail"),
            "sale_management", List.of("mail"),
            "account", List.of("mail"));

    private static final MethodSignature NO_ARGUMENTS = MethodSignature.onRecords("()");

    private ModuleButtons() {
    }

    static void register(ModelRegistry registry) {
        registry.method("ir.module.module", "button_immediate_install", NO_ARGUMENTS, call -> change(call, "install"));
        registry.method("ir.module.module", "button_immediate_upgrade", NO_ARGUMENTS, call -> change(call, "upgrade"));
        registry.method("ir.module.module", "button_immediate_uninstall", NO_ARGUMENTS, call -> change(call, "uninstall"));
    }

    private static Object change(MethodCall call, String action) {
        checkAdmin(call);
        for (Long id : call.ids()) {
            Map<String, Object> module = call.record(id, "name", "state");
            String name = String.valueOf(module.get("name"));
            String state = String.valueOf(module.get("state"));
            String next;
            switch (action) {
                case "install" -> {
                    installDependencies(call, name, new LinkedHashSet<>());
                    next = "installed";
                }
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
            setState(call, id, next);
        }
        Map<String, Object> reload = new LinkedHashMap<>();
        reload.put("type", "ir.actions.client");
        reload.put("tag", "reload");
        return reload;
    }

    /** Odoo's {@code assert_log_admin_access}: the superuser or a member of Administration/Settings. */
    private static void checkAdmin(MethodCall call) {
        if (call.uid() == Env.SUPERUSER) {
            return;
        }
        if (Boolean.TRUE.equals(call.execute("res.users", "has_group",
                List.of(List.of(call.uid()), "base.group_system"), Map.of()))) {
            return;
        }
        throw OdooError.accessDenied();
    }

    /** Installs the modules {@code name} depends on that are not installed yet, deepest first. */
    private static void installDependencies(MethodCall call, String name, Set<String> seen) {
        for (String dependency : DEPENDS.getOrDefault(name, List.of())) {
            if (!seen.add(dependency)) {
                continue;
            }
            installDependencies(call, dependency, seen);
            Object found = call.execute("ir.module.module", "search_read",
                    List.of(List.of(List.of("name", "=", dependency)), List.of("state")), Map.of());
            for (Object row : found instanceof List<?> rows ? rows : List.of()) {
                Map<?, ?> module = (Map<?, ?>) row;
                if (!"installed".equals(module.get("state"))) {
                    setState(call, ((Number) module.get("id")).longValue(), "installed");
                }
            }
        }
    }

    private static void setState(MethodCall call, long id, String state) {
        call.execute("ir.module.module", "write", List.of(List.of(id), Map.of("state", state)), Map.of());
    }
}
