package org.migrationtracker.security;

/**
 * What a tracker user may do. The constants in {@link Role.Names} are for annotations
 * such as {@code @RolesAllowed(Role.Names.ADMIN)}.
 */
public enum Role {
    /** Imports, permissions, batches, exports, tracker users: everything. */
    ADMIN,
    /** Finds users, explains what happens to their mailbox, adds notes. */
    HELPDESK,
    /** Watches the dashboard; reads everything, changes plans and checklist items. */
    LEAD;

    public String authority() {
        return "ROLE_" + name();
    }

    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String HELPDESK = "HELPDESK";
        public static final String LEAD = "LEAD";

        private Names() {
        }
    }
}
