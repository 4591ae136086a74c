package io.typedoo.testkit.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ids of the built-in access groups ({@code res.groups}), as used by {@link ModelAccess}. Settings implies Access
 * Rights, which implies Internal User, as in Odoo.
 */
public final class Groups {

    /** {@code base.group_user}: "User types/Internal User". */
    public static final long INTERNAL_USER = 1;
    /** {@code base.group_erp_manager}: "Administration/Access Rights". */
    public static final long ACCESS_RIGHTS = 2;
    /** {@code base.group_system}: "Administration/Settings". */
    public static final long SETTINGS = 3;
    /** {@code base.group_portal}: "User types/Portal". */
    public static final long PORTAL = 10;
    /** {@code base.group_public}: "User types/Public". */
    public static final long PUBLIC = 11;

    private Groups() {
    }

    /**
     * The res.users field holding a user's groups: {@code groups_id} up to Odoo 18, {@code group_ids} from Odoo 19,
     * where it holds only the groups given to the user, without those they imply.
     */
    static String userField(int odooVersion) {
        return odooVersion >= 19 ? "group_ids" : "groups_id";
    }

    /** The groups of a res.users row, with the groups they imply (Settings, then Access Rights, then Internal). */
    static Set<Long> ofUser(@Nullable Map<String, Object> user, int odooVersion) {
        Set<Long> groups = new LinkedHashSet<>();
        if (user != null && user.get(userField(odooVersion)) instanceof List<?> list) {
            for (Object group : list) {
                groups.add((Long) group);
            }
        }
        if (groups.contains(SETTINGS)) {
            groups.add(ACCESS_RIGHTS);
        }
        if (groups.contains(ACCESS_RIGHTS)) {
            groups.add(INTERNAL_USER);
        }
        return groups;
    }
}
