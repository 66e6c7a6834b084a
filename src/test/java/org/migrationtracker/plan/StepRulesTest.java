package org.migrationtracker.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationtracker.i18n.Message;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.plan.PlanFixtures.NOW;
import static org.migrationtracker.plan.PlanFixtures.change;

/** DOMAIN.md §3's values and what "done" needs: problems refuse the change, warnings go with it. */
class StepRulesTest {

    private static StepRules.Verdict check(Step step, StepStatus status, Map<StepField, String> values) {
        return StepRules.check(step, change(status, values), List.of(), NOW);
    }

    private static StepRules.Verdict autodiscover(String host, String target, String verifiedDomain) {
        return StepRules.check(Step.AUTODISCOVER, change(StepStatus.DONE,
                Map.of(StepField.AUTODISCOVER_HOST, host, StepField.AUTODISCOVER_TARGET, target)),
                verifiedDomain == null ? List.of() : List.of(verifiedDomain), NOW);
    }

    @Test
    void without_a_verified_domain_the_autodiscover_host_is_checked_against_every_smtp_domain_of_the_project() {
        var change = change(StepStatus.DONE, Map.of(StepField.AUTODISCOVER_HOST, "autodiscover.fabrikam.com",
                StepField.AUTODISCOVER_TARGET, "autodiscover.outlook.com"));

        assertThat(StepRules.check(Step.AUTODISCOVER, change, List.of("contoso.com", "fabrikam.com"), NOW).warnings()).isEmpty();
        assertThat(StepRules.check(Step.AUTODISCOVER, change, List.of("contoso.com"), NOW).warnings())
                .containsExactly(Message.of("plan.autodiscover-namespace", "autodiscover.fabrikam.com", "contoso.com"));
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    private static String label(int length) {
        return "a".repeat(length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail.contoso.com", "EXCH-SRV-01.corp.contoso.com", "mail.contoso.com.", "a.b", "xn--bcher-kva.example"})
    void a_host_name_in_fqdn_syntax_is_accepted(String host) {
        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.IN_PROGRESS, Map.of(StepField.RPC_PROXY_SERVER, host)).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail_01.contoso.com", "EXCH-SRV-01", "mail..contoso.com", "-mail.contoso.com", "mail-.contoso.com",
            "mail.contoso.com..", "mail contoso.com", "https://mail.contoso.com", "mail.contoso.com/owa"})
    void a_host_name_that_is_not_a_fqdn_is_refused(String host) {
        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.IN_PROGRESS, Map.of(StepField.EXCHANGE_SERVER, host)).problems())
                .containsExactly(Message.of("plan.bad-host", Message.of("plan.field.EXCHANGE_SERVER"), host));
    }

    @Test
    void a_host_name_is_at_most_253_characters_and_a_label_at_most_63() {
        String longest = label(63) + "." + label(63) + "." + label(63) + "." + label(61);
        assertThat(longest).hasSize(253);
        String tooLong = longest + "a";
        String longLabel = label(64) + ".contoso.com";

        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.OPEN, Map.of(StepField.DOMAIN, longest)).problems()).isEmpty();
        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.OPEN, Map.of(StepField.DOMAIN, longest + ".")).problems()).isEmpty();
        assertThat(keys(check(Step.VERIFY_DOMAIN, StepStatus.OPEN, Map.of(StepField.DOMAIN, tooLong)).problems()))
                .containsExactly("plan.bad-host");
        assertThat(keys(check(Step.VERIFY_DOMAIN, StepStatus.OPEN, Map.of(StepField.DOMAIN, longLabel)).problems()))
                .containsExactly("plan.bad-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T08:00:00Z", "2026-11-20T09:00+01:00", "2026-11-19T23:59:59.5-05:00", "2026-11-20T10:00:00Z"})
    void a_time_is_an_iso_instant_or_offset_date_time_not_later_than_now(String time) {
        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.IN_PROGRESS, Map.of(StepField.TXT_ADDED_AT, time)).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-20", "2026-11-20 08:00", "2026-11-20T08:00:00", "20/11/2026 08:00"})
    void a_time_that_is_not_a_time_is_refused(String time) {
        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.IN_PROGRESS, Map.of(StepField.TXT_ADDED_AT, time)).problems())
                .containsExactly(Message.of("plan.bad-time", Message.of("plan.field.TXT_ADDED_AT"), time));
    }

    @Test
    void a_time_in_the_future_is_refused() {
        var later = NOW.plusSeconds(1);

        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.IN_PROGRESS, Map.of(StepField.TXT_ADDED_AT, later.toString())).problems())
                .containsExactly(Message.of("plan.time-future", Message.of("plan.field.TXT_ADDED_AT"), later));
        assertThat(keys(check(Step.MX_SWITCH, StepStatus.DONE, Map.of(StepField.MX_SWITCHED_AT, "2027-01-01T00:00:00Z")).problems()))
                .containsExactly("plan.time-future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "3600s", "1.5", "9999999999"})
    void a_ttl_that_is_not_a_whole_number_of_seconds_above_zero_is_refused(String ttl) {
        assertThat(check(Step.LOWER_MX_TTL, StepStatus.DONE, Map.of(StepField.MX_TTL_SECONDS, ttl)).problems())
                .containsExactly(Message.of("plan.bad-seconds", Message.of("plan.field.MX_TTL_SECONDS"), ttl));
    }

    @Test
    void a_ttl_of_3600_seconds_is_accepted_without_a_warning() {
        var verdict = check(Step.LOWER_MX_TTL, StepStatus.DONE, Map.of(StepField.MX_TTL_SECONDS, "3600"));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void a_ttl_above_3600_seconds_is_saved_with_a_warning() {
        var verdict = check(Step.LOWER_MX_TTL, StepStatus.DONE, Map.of(StepField.MX_TTL_SECONDS, "7200"));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.warnings()).containsExactly(Message.of("plan.ttl-high", 7200, 3600));
    }

    @Test
    void raising_the_ttl_again_warns_about_nothing_and_done_needs_the_ttl() {
        assertThat(check(Step.RAISE_MX_TTL, StepStatus.DONE, Map.of(StepField.MX_TTL_SECONDS, "86400")).warnings()).isEmpty();
        assertThat(keys(check(Step.RAISE_MX_TTL, StepStatus.DONE, Map.of()).problems())).containsExactly("plan.ttl-missing");
        assertThat(keys(check(Step.LOWER_MX_TTL, StepStatus.DONE, Map.of()).problems())).containsExactly("plan.ttl-missing");
        assertThat(check(Step.LOWER_MX_TTL, StepStatus.IN_PROGRESS, Map.of()).problems()).isEmpty();
    }

    @Test
    void the_domain_is_verified_no_sooner_than_15_minutes_after_the_txt_record_and_the_message_says_when() {
        var added = NOW.minus(Duration.ofMinutes(14)).minusSeconds(59);

        var verdict = check(Step.VERIFY_DOMAIN, StepStatus.DONE,
                Map.of(StepField.DOMAIN, "contoso.com", StepField.TXT_ADDED_AT, added.toString()));

        assertThat(verdict.problems()).containsExactly(Message.of("plan.txt-wait", added, added.plus(StepRules.TXT_WAIT)));
        assertThat(verdict.problems().getFirst().english()).contains("verify from");
    }

    @Test
    void the_domain_is_verified_at_15_minutes_after_the_txt_record() {
        var added = NOW.minus(Duration.ofMinutes(15));

        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.DONE,
                Map.of(StepField.DOMAIN, "contoso.com", StepField.TXT_ADDED_AT, added.toString())).problems()).isEmpty();
    }

    @Test
    void verifying_the_domain_without_the_txt_time_is_refused_and_in_progress_is_not() {
        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.DONE, Map.of(StepField.DOMAIN, "contoso.com")).problems())
                .containsExactly(Message.of("plan.txt-missing"));
        assertThat(check(Step.VERIFY_DOMAIN, StepStatus.IN_PROGRESS, Map.of(StepField.DOMAIN, "contoso.com")).problems()).isEmpty();
    }

    @Test
    void outlook_anywhere_is_done_only_with_a_certificate_from_a_trusted_authority() {
        var servers = Map.of(StepField.EXCHANGE_SERVER, "EXCH-SRV-01.corp.contoso.com", StepField.RPC_PROXY_SERVER, "mail.contoso.com");
        var selfSigned = new HashMap<>(servers);
        selfSigned.put(StepField.TRUSTED_CERTIFICATE, "false");
        var trusted = new HashMap<>(servers);
        trusted.put(StepField.TRUSTED_CERTIFICATE, "true");

        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.DONE, servers).problems()).containsExactly(Message.of("plan.certificate-untrusted"));
        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.DONE, selfSigned).problems()).containsExactly(Message.of("plan.certificate-untrusted"));
        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.DONE, trusted).problems()).isEmpty();
        assertThat(check(Step.OUTLOOK_ANYWHERE, StepStatus.IN_PROGRESS, selfSigned).problems()).isEmpty();
        assertThat(keys(check(Step.OUTLOOK_ANYWHERE, StepStatus.IN_PROGRESS, Map.of(StepField.TRUSTED_CERTIFICATE, "yes")).problems()))
                .containsExactly("plan.bad-yes-no");
    }

    @Test
    void the_mx_switch_is_done_only_with_its_time() {
        assertThat(check(Step.MX_SWITCH, StepStatus.DONE, Map.of()).problems()).containsExactly(Message.of("plan.mx-when"));
        assertThat(check(Step.MX_SWITCH, StepStatus.DONE, Map.of(StepField.MX_SWITCHED_AT, NOW.minusSeconds(60).toString())).problems())
                .isEmpty();
    }

    @Test
    void the_autodiscover_cname_is_autodiscover_pointing_to_autodiscover_outlook_com() {
        var good = autodiscover("autodiscover.contoso.com", "autodiscover.outlook.com.", "contoso.com");
        assertThat(good.problems()).isEmpty();
        assertThat(good.warnings()).isEmpty();

        assertThat(autodiscover("mail.contoso.com", "autodiscover.outlook.com", "contoso.com").problems())
                .containsExactly(Message.of("plan.autodiscover-alias", "mail.contoso.com"));
        assertThat(autodiscover("autodiscover.contoso.com", "autodiscover.contoso.com", "contoso.com").problems())
                .containsExactly(Message.of("plan.autodiscover-target", "autodiscover.contoso.com", "autodiscover.outlook.com"));
        assertThat(StepRules.check(Step.AUTODISCOVER, change(StepStatus.DONE, Map.of(StepField.AUTODISCOVER_HOST, "autodiscover.contoso.com")),
                List.of("contoso.com"), NOW).problems()).containsExactly(Message.of("plan.autodiscover-missing", "autodiscover.outlook.com"));
    }

    @Test
    void an_autodiscover_host_outside_the_verified_domain_is_saved_with_a_warning() {
        var verdict = autodiscover("autodiscover.fabrikam.com", "autodiscover.outlook.com", "contoso.com");

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.warnings()).containsExactly(Message.of("plan.autodiscover-namespace", "autodiscover.fabrikam.com", "contoso.com"));
        // a name that only ends like the domain is not in it
        assertThat(autodiscover("autodiscover.notcontoso.com", "autodiscover.outlook.com", "contoso.com").warnings()).hasSize(1);
    }

    @Test
    void an_autodiscover_host_in_a_subdomain_of_the_verified_domain_is_in_its_namespace() {
        assertThat(autodiscover("autodiscover.cloud.contoso.com", "autodiscover.outlook.com", "contoso.com").warnings()).isEmpty();
        assertThat(autodiscover("Autodiscover.Cloud.Contoso.com.", "autodiscover.outlook.com", "CONTOSO.COM").warnings()).isEmpty();
        assertThat(autodiscover("autodiscover.contoso.com", "autodiscover.outlook.com", "contoso.com.").warnings()).isEmpty();
    }

    @Test
    void a_value_for_a_field_the_step_does_not_have_is_refused() {
        assertThat(check(Step.TELL_USERS, StepStatus.DONE, Map.of(StepField.DOMAIN, "contoso.com")).problems())
                .containsExactly(Message.of("plan.field-unknown", Message.of("plan.field.DOMAIN"), Message.of("plan.step.TELL_USERS")));
    }

    @Test
    void a_step_ticked_after_the_fact_may_say_when_it_was_done_but_not_in_the_future() {
        var done = change(StepStatus.DONE, Map.of());

        assertThat(StepRules.check(Step.TELL_USERS, done.withDoneAt(NOW.minus(Duration.ofDays(3))), List.of(), NOW).problems()).isEmpty();
        var later = NOW.plus(Duration.ofHours(1));
        assertThat(StepRules.check(Step.TELL_USERS, done.withDoneAt(later), List.of(), NOW).problems())
                .containsExactly(Message.of("plan.time-future", Message.of("plan.done-at"), later));
    }

    @Test
    void a_note_longer_than_4000_characters_is_refused() {
        var change = new StepChange(StepStatus.OPEN, null, null, "x".repeat(4_001), Map.of());

        assertThat(StepRules.check(Step.TELL_USERS, change, List.of(), NOW).problems()).containsExactly(Message.of("plan.note-too-long", 4_000));
    }
}
