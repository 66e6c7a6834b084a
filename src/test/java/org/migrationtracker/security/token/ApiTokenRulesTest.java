package org.migrationtracker.security.token;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void a_token_expires_after_today_and_at_most_a_year_ahead() {
        assertThat(ApiTokenRules.expiryProblem(TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(ApiTokenRules.expiryProblem(TODAY.plusDays(365), TODAY)).isEmpty();
        assertThat(ApiTokenRules.expiryProblem(TODAY, TODAY)).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("tokens.expiry-past"));
        assertThat(ApiTokenRules.expiryProblem(TODAY.plusDays(366), TODAY))
                .hasValueSatisfying(m -> assertThat(m.english()).isEqualTo("A token expires at most 365 days from today"));
        assertThat(ApiTokenRules.expiryProblem(null, TODAY)).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("tokens.expiry-needed"));
    }

    @Test
    void the_default_expiry_is_ninety_days_and_the_token_works_through_its_last_day() {
        assertThat(ApiTokenRules.defaultExpiry(TODAY)).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(ApiTokenRules.endOf(TODAY, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void a_token_needs_a_name_of_at_most_a_hundred_characters() {
        assertThat(ApiTokenRules.nameProblem("Nightly import")).isEmpty();
        assertThat(ApiTokenRules.nameProblem("  ")).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("tokens.name-needed"));
        assertThat(ApiTokenRules.nameProblem("x".repeat(101))).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("tokens.name-too-long"));
    }

    @Test
    void secrets_are_prefixed_random_and_recognised_only_in_their_format() {
        String one = ApiTokenSecret.generate();
        String two = ApiTokenSecret.generate();

        assertThat(one).startsWith("mtk_").hasSize(47).isNotEqualTo(two);
        assertThat(ApiTokenSecret.wellFormed(one)).isTrue();
        assertThat(ApiTokenSecret.wellFormed("mtk_short")).isFalse();
        assertThat(ApiTokenSecret.wellFormed("Bearer " + one)).isFalse();
        assertThat(ApiTokenSecret.hash(one)).hasSize(64).isEqualTo(ApiTokenSecret.hash(one)).isNotEqualTo(ApiTokenSecret.hash(two));
    }
}
