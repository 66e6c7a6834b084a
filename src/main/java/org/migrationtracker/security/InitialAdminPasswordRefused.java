package org.migrationtracker.security;

/** {@code APP_ADMIN_PASSWORD} breaks the password rules: the tracker does not start with it. */
class InitialAdminPasswordRefused extends IllegalStateException {

    InitialAdminPasswordRefused(String problem) {
        super("APP_ADMIN_PASSWORD is not acceptable: " + problem);
    }
}
