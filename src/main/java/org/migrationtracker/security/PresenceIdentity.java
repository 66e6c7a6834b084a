package org.migrationtracker.security;

import org.migrationtracker.live.ViewerIdentity;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** The signed-in user as presence shows them to the others on the same screen. */
@Component
class PresenceIdentity implements ViewerIdentity {

    private final CurrentUser currentUser;

    PresenceIdentity(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String username() {
        return currentUser.signedInName().orElse("?");
    }

    @Override
    public String roles() {
        return currentUser.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
