package io.typedoo.testkit.engine;

import java.util.Set;

/**
 * The access control list of a model: which groups ({@link Groups}) may read, write, create and delete its records.
 * A user passes when one of their groups is listed; an empty set means nobody but the superuser.
 *
 * @param read groups allowed to read (search, read and friends)
 * @param write groups allowed to write
 * @param create groups allowed to create
 * @param unlink groups allowed to delete
 */
public record ModelAccess(Set<Long> read, Set<Long> write, Set<Long> create, Set<Long> unlink) {

    /** Copies the sets. */
    public ModelAccess {
        read = Set.copyOf(read);
        write = Set.copyOf(write);
        create = Set.copyOf(create);
        unlink = Set.copyOf(unlink);
    }

    /** Full rights for internal users (the default for declared models), nothing for portal users. */
    public static ModelAccess internalUsers() {
        Set<Long> user = Set.of(Groups.INTERNAL_USER);
        return new ModelAccess(user, user, user, user);
    }

    /** Read for the given groups, nothing else. */
    public static ModelAccess readOnly(Long... groups) {
        return new ModelAccess(Set.of(groups), Set.of(), Set.of(), Set.of());
    }

    /** The groups allowed for an operation named as in {@code check_access_rights}. */
    Set<Long> groupsFor(String operation) {
        return switch (operation) {
            case "read" -> read;
            case "write" -> write;
            case "create" -> create;
            case "unlink" -> unlink;
            default -> throw OdooError.valueError("Invalid access mode: " + operation);
        };
    }
}
