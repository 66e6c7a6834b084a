package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rules, without Spring. */
class PasswordPolicyTest {

    private static final CommonPasswords COMMON = CommonPasswords.shipped();
    private final PasswordPolicy policy = new PasswordPolicy(PasswordLength.defaults(), COMMON);

    private Optional<String> problem(String username, String password) {
        return policy.problem(username, password).map(Message::key);
    }

    @Test
    void twelve_to_sixty_four_characters_are_accepted_by_default() {
        assertThat(problem("jens.hansen", "Tulip-Orbit-7")).isEmpty();
        assertThat(problem("jens.hansen", "k".repeat(11) + "x")).isEmpty();
        assertThat(problem("jens.hansen", "Tulip-Orbit".repeat(5) + "-Long-x9")).isEmpty();
        assertThat(problem("jens.hansen", "Tulip-Orbi7")).contains("password.too-short");
        assertThat(problem("jens.hansen", "x".repeat(65))).contains("password.too-long");
    }

    @Test
    void length_counts_characters_not_java_chars_and_bytes_are_held_to_bcrypts_72() {
        // 12 emoji: 12 characters, 24 Java chars, 48 bytes
        assertThat(problem("jens", "\uD83D\uDD11".repeat(12))).isEmpty();
        // 40 characters, 80 bytes in UTF-8: within 64 characters, beyond what bcrypt reads
        assertThat(problem("jens", "æø".repeat(20))).contains("password.too-many-bytes");
        assertThat(problem("jens", "æø".repeat(18))).isEmpty();
    }

    @Test
    void every_password_the_policy_accepts_is_one_bcrypt_hashes_without_cutting_it() {
        var bcrypt = new BCryptPasswordEncoder(4);
        String longest = "Ø".repeat(36); // 72 bytes: the longest accepted
        assertThat(problem("jens", longest)).isEmpty();
        assertThat(bcrypt.matches(longest, bcrypt.encode(longest))).isTrue();
        String oneMore = "Ø".repeat(36) + "x";
        assertThat(problem("jens", oneMore)).contains("password.too-many-bytes");
        assertThatThrownBy(() -> bcrypt.encode(oneMore)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_password_containing_the_user_name_or_a_part_of_it_in_any_case_is_refused() {
        assertThat(problem("jens.hansen", "jens.hansen-2026!")).contains("password.contains-user-name");
        assertThat(problem("jens.hansen", "Summer-HANSEN-99")).contains("password.contains-user-name");
        assertThat(problem("admin", "MyAdminPassword7")).contains("password.contains-user-name");
        assertThat(problem("ann.li", "Lighthouse-at-dawn")).as("a part of two letters is too common to refuse").isEmpty();
    }

    @Test
    void the_shipped_list_of_common_passwords_is_refused_whatever_the_case() {
        assertThat(COMMON.size()).isGreaterThan(10_000);
        assertThat(problem("jens", "qwertyuiop123")).contains("password.common");
        assertThat(problem("jens", "QwertyUiop123")).contains("password.common");
        assertThat(problem("jens", "1qaz2wsx3edc")).contains("password.common");
    }

    @Test
    void a_blank_password_is_refused_as_blank() {
        assertThat(problem("jens", " ".repeat(14))).contains("password.blank");
    }

    @Test
    void generated_passwords_pass_the_policy() {
        for (int i = 0; i < 200; i++) {
            assertThat(problem("helpdesk", PasswordPolicy.generate())).isEmpty();
        }
    }

    @Test
    void lengths_outside_what_bcrypt_can_hold_are_refused_at_start_naming_the_property() {
        assertThatThrownBy(() -> new PasswordLength(6, 64)).hasMessageContaining("tracker.password.min-length");
        assertThatThrownBy(() -> new PasswordLength(12, 100)).hasMessageContaining("tracker.password.max-length");
        assertThatThrownBy(() -> new PasswordLength(20, 16)).hasMessageContaining("tracker.password.max-length");
        assertThat(new PasswordLength(0, 0)).isEqualTo(new PasswordLength(12, 64));
    }
}
