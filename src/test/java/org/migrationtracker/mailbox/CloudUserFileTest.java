package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationtracker.mailbox.MailboxFixtures.mailbox;

/** The cloud user exports as PowerShell writes them, read without a database. */
class CloudUserFileTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static CloudUserFile.Parsed parse(String csv) {
        return CloudUserFile.parse(CsvReader.read("cloud-users.csv", csv.getBytes(StandardCharsets.UTF_8), 1_000), COPENHAGEN);
    }

    @Test
    void a_graph_export_with_the_licence_count_gives_creation_day_and_licence_per_user() {
        var parsed = parse("""
                "UserPrincipalName","Mail","CreatedDateTime","AssignedLicenses"
                "pilarp@contoso.com","pilarp@contoso.com","11/21/2026 2:15:30 PM","2"
                "tobyn@contoso.com","","2026-11-20T23:30:00Z","0"
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.export()).isEqualTo(CloudUserFile.Export.GRAPH);
        assertThat(parsed.creationDates()).isTrue();
        assertThat(parsed.licences()).isTrue();
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::userPrincipalName, CloudUserFile.Row::createdOn,
                CloudUserFile.Row::licensed).containsExactly(
                tuple("pilarp@contoso.com", LocalDate.of(2026, 11, 21), true),
                // 23:30 UTC is past midnight in Copenhagen: the day is the clock zone's
                tuple("tobyn@contoso.com", LocalDate.of(2026, 11, 21), false));
    }

    @Test
    void a_graph_export_with_a_computed_licensed_column_reads_true_and_false() {
        var parsed = parse("""
                UserPrincipalName,Mail,Licensed
                pilarp@contoso.com,pilarp@contoso.com,True
                tobyn@contoso.com,tobyn@contoso.com,False
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.export()).isEqualTo(CloudUserFile.Export.GRAPH);
        assertThat(parsed.creationDates()).as("no creation date column").isFalse();
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::createdOn, CloudUserFile.Row::licensed)
                .containsExactly(tuple(null, true), tuple(null, false));
    }

    @Test
    void an_msonline_export_is_recognised_by_when_created_and_is_licensed() {
        var parsed = parse("""
                #TYPE Selected.Microsoft.Online.Administration.User
                "UserPrincipalName","WhenCreated","IsLicensed"
                "pilarp@contoso.com","11/2/2026 9:05:00 AM","True"
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.export()).isEqualTo(CloudUserFile.Export.MSONLINE);
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::createdOn, CloudUserFile.Row::licensed)
                .containsExactly(tuple(LocalDate.of(2026, 11, 2), true));
    }

    @Test
    void danish_and_german_dates_and_localised_booleans_are_read_from_semicolon_files() {
        var parsed = parse("""
                "UserPrincipalName";"WhenCreated";"IsLicensed"
                "pilarp@contoso.com";"02-11-2026 14:05:00";"Sand"
                "tobyn@contoso.com";"21.11.2026 08:00:00";"Falsk"
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::createdOn, CloudUserFile.Row::licensed).containsExactly(
                tuple(LocalDate.of(2026, 11, 2), true), tuple(LocalDate.of(2026, 11, 21), false));
    }

    @Test
    void licences_written_as_a_type_name_are_refused_at_their_line_and_column_pointing_to_the_select() {
        var parsed = parse("""
                "UserPrincipalName","Mail","CreatedDateTime","AssignedLicenses"
                "pilarp@contoso.com","pilarp@contoso.com","11/21/2026 2:15:30 PM","System.Collections.Generic.List`1[Microsoft.Graph.PowerShell.Models.IMicrosoftGraphAssignedLicense]"
                "tobyn@contoso.com","tobyn@contoso.com","11/21/2026 2:15:30 PM","Microsoft.Graph.PowerShell.Models.IMicrosoftGraphAssignedLicense[]"
                """);

        assertThat(parsed.problems()).extracting(CsvProblem::line, CsvProblem::column)
                .containsExactly(tuple(2, "AssignedLicenses"), tuple(3, "AssignedLicenses"));
        assertThat(parsed.problems().getFirst().message().english())
                .startsWith("Export-Csv wrote the type name of the licence collection")
                .contains("@{n='AssignedLicenses';e={$_.AssignedLicenses.Count}}", "README");
    }

    @Test
    void every_malformed_value_is_reported_in_one_pass_with_line_and_column() {
        var parsed = parse("""
                UserPrincipalName,Mail,CreatedDateTime,Licensed
                pilarp@contoso.com,,yesterday,True
                ,,11/21/2026 2:15:30 PM,True
                tobyn@contoso.com,,11/21/2026 2:15:30 PM,perhaps
                soren@contoso.com,,11/21/2026 2:15:30 PM,False
                """);

        assertThat(parsed.problems()).extracting(CsvProblem::line, CsvProblem::column, p -> p.message().english())
                .containsExactly(
                        tuple(2, "CreatedDateTime", "'yesterday' is not a date and time"),
                        tuple(3, "UserPrincipalName", "UserPrincipalName and Mail are both empty"),
                        tuple(4, "Licensed", "'perhaps' is not True or False"));
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::userPrincipalName)
                .as("rows with an identity are kept to match, so that a duplicate is found in the same pass")
                .containsExactly("pilarp@contoso.com", "tobyn@contoso.com", "soren@contoso.com");
    }

    @Test
    void a_licence_count_that_is_not_a_number_is_refused() {
        var parsed = parse("UserPrincipalName,AssignedLicenses\r\npilarp@contoso.com,two\r\n");

        assertThat(parsed.problems()).extracting(p -> p.message().english())
                .containsExactly("'two' is not a number of licences (0, 1, 2 …)");
    }

    @Test
    void a_file_without_identity_or_facts_is_refused_naming_the_columns_it_needs_and_has() {
        var parsed = parse("DisplayName,Department\r\nPilar Pinilla,Finance\r\n");

        assertThat(parsed.export()).isNull();
        assertThat(parsed.problems()).extracting(CsvProblem::line, p -> p.message().english()).containsExactly(
                tuple(1, "the file needs a UserPrincipalName or Mail column (the header has: DisplayName, Department)"),
                tuple(1, "the file needs a creation date (CreatedDateTime or WhenCreated) or the licence state "
                        + "(AssignedLicenses, Licensed or IsLicensed); the header has: DisplayName, Department"));
    }

    @Test
    void empty_values_say_nothing_and_leave_what_is_recorded() {
        var parsed = parse("UserPrincipalName,CreatedDateTime,Licensed\r\npilarp@contoso.com,,\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(CloudUserFile.Row::createdOn, CloudUserFile.Row::licensed)
                .containsExactly(tuple(null, null));
    }

    @Test
    void users_match_by_principal_name_or_mail_and_the_rest_are_listed_as_unknown() {
        var parsed = parse("""
                UserPrincipalName,Mail,Licensed
                Pilar.Pinilla@contoso.onmicrosoft.com,PilarP@Contoso.com,True
                tobyn@contoso.com,,False
                guest_fabrikam.com#EXT#@contoso.onmicrosoft.com,guest@fabrikam.com,False
                """);

        var matched = CloudUserFile.match(parsed, Map.of("pilarp@contoso.com", 1L, "tobyn@contoso.com", 2L));

        assertThat(matched.problems()).isEmpty();
        assertThat(matched.users()).containsOnlyKeys(1L, 2L);
        assertThat(matched.users().get(1L).licensed()).isTrue();
        assertThat(matched.unknown()).containsExactly("guest_fabrikam.com#EXT#@contoso.onmicrosoft.com");
    }

    @Test
    void the_same_mailbox_twice_in_the_file_is_a_problem_at_the_second_line() {
        var parsed = parse("""
                UserPrincipalName,Mail,Licensed
                pilarp@contoso.com,,True
                pilar.pinilla@contoso.com,,False
                """);

        var matched = CloudUserFile.match(parsed, Map.of("pilarp@contoso.com", 1L, "pilar.pinilla@contoso.com", 1L));

        assertThat(matched.problems()).extracting(CsvProblem::line, CsvProblem::column, p -> p.message().english())
                .containsExactly(tuple(3, "UserPrincipalName", "pilar.pinilla@contoso.com: the same mailbox as on line 2"));
    }

    @Test
    void a_principal_name_and_mail_of_two_different_mailboxes_are_a_problem_at_that_line() {
        var parsed = parse("UserPrincipalName,Mail,Licensed\r\npilarp@contoso.com,tobyn@contoso.com,True\r\n");

        var matched = CloudUserFile.match(parsed, Map.of("pilarp@contoso.com", 1L, "tobyn@contoso.com", 2L));

        assertThat(matched.users()).isEmpty();
        assertThat(matched.problems()).extracting(CsvProblem::line, CsvProblem::column, p -> p.message().english())
                .containsExactly(tuple(2, "Mail", "pilarp@contoso.com and tobyn@contoso.com are two different mailboxes in the tracker"));
    }

    @Test
    void a_licensed_user_without_a_licence_date_gets_today_and_one_with_a_date_keeps_it() {
        var created = LocalDate.of(2026, 11, 2);
        var unlicensed = mailbox(MailboxState.READY);
        var licensedBefore = unlicensed.withPostMigration(
                unlicensed.postMigration().withCloudAccount(null, LocalDate.of(2026, 11, 10)));

        var first = new CloudUser(created, true).applyTo(unlicensed, TODAY);
        var kept = new CloudUser(created, true).applyTo(licensedBefore, TODAY);

        assertThat(first.postMigration().cloudCreatedOn()).isEqualTo(created);
        assertThat(first.licenceDeadline()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(first.postMigration().licenceAssignedOn()).isEqualTo(TODAY);
        assertThat(kept.postMigration().licenceAssignedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void an_unlicensed_user_loses_the_licence_date_and_an_absent_licence_state_changes_nothing() {
        var licensed = MailboxBuilder.pilar().cloudCreatedOn(LocalDate.of(2026, 11, 2))
                .licenceAssignedOn(LocalDate.of(2026, 11, 10)).build();

        assertThat(new CloudUser(null, false).applyTo(licensed, TODAY).postMigration().licenceAssignedOn()).isNull();
        assertThat(new CloudUser(null, null).applyTo(licensed, TODAY)).isEqualTo(licensed);
    }
}
