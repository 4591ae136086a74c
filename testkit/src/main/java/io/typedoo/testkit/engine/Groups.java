package io.typedoo.testkit.engine;

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
}
