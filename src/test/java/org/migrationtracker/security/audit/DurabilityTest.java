package org.migrationtracker.security.audit;

import org.junit.jupiter.api.Test;
import org.migrationtracker.security.SecurityEvent.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class DurabilityTest {

    @Test
    void attempts_stand_on_their_own_and_changes_go_with_the_change() {
        assertThat(Durability.of(Kind.SIGN_IN_FAILED)).isEqualTo(Durability.ON_ITS_OWN);
        assertThat(Durability.of(Kind.ACCESS_REFUSED)).isEqualTo(Durability.ON_ITS_OWN);
        assertThat(Durability.of(Kind.LOCKED_OUT)).isEqualTo(Durability.ON_ITS_OWN);
        assertThat(Durability.of(Kind.SIGN_IN)).isEqualTo(Durability.ON_ITS_OWN);
        assertThat(Durability.of(Kind.USER_CREATED)).isEqualTo(Durability.WITH_THE_CHANGE);
        assertThat(Durability.of(Kind.PASSWORD_RESET)).isEqualTo(Durability.WITH_THE_CHANGE);
        assertThat(Durability.of(Kind.TOKEN_REVOKED)).isEqualTo(Durability.WITH_THE_CHANGE);
    }
}
