package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsFileTest {

    private static RecipientsFile.Parsed parse(String csv) {
        return RecipientsFile.parse(CsvReader.read("recipients.csv", csv.getBytes(StandardCharsets.UTF_8), 1_000));
    }

    @Test
    void an_export_of_mailboxes_mail_users_and_groups_is_read_with_each_recipients_kind_and_addresses() {
        var parsed = parse("""
                "PrimarySmtpAddress","RecipientTypeDetails","EmailAddresses"
                "Pilar@Contoso.com","MailUser","SMTP:pilar@contoso.com smtp:pp@contoso.com X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar"
                "room1@contoso.com","RoomMailbox","SMTP:room1@contoso.com"
                "toby@contoso.com","UserMailbox","SMTP:toby@contoso.com"
                "sales@contoso.com","MailUniversalDistributionGroup","SMTP:sales@contoso.com"
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(RecipientsFile.Row::primaryAddress)
                .containsExactly("pilar@contoso.com", "room1@contoso.com", "toby@contoso.com", "sales@contoso.com");
        assertThat(parsed.rows()).extracting(RecipientsFile.Row::kind).containsExactly(RecipientsFile.Kind.MAIL_USER,
                RecipientsFile.Kind.MAILBOX, RecipientsFile.Kind.MAILBOX, RecipientsFile.Kind.OTHER);
        var pilar = parsed.rows().getFirst().addresses();
        assertThat(pilar.smtp()).containsExactly("pilar@contoso.com", "pp@contoso.com");
        assertThat(pilar.x500()).containsExactly("X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar");
        assertThat(parsed.addressesColumn()).isEqualTo("EmailAddresses");
        assertThat(parsed.typeNameInAddresses()).isNull();
    }

    @Test
    void a_file_without_the_address_or_the_type_column_is_refused_naming_both() {
        var parsed = parse("Name,Alias\r\nPilar,pilar\r\n");

        assertThat(parsed.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 1, column PrimarySmtpAddress: the required column PrimarySmtpAddress is missing",
                "line 1, column RecipientTypeDetails: the required column RecipientTypeDetails is missing");
        assertThat(parsed.rows()).isEmpty();
    }

    @Test
    void empty_values_bad_addresses_and_an_address_twice_are_each_reported_by_line_and_column() {
        var parsed = parse("""
                PrimarySmtpAddress,RecipientTypeDetails
                ok@contoso.com,MailUser
                ,UserMailbox
                not-an-address,MailUser
                ok@contoso.com,MailUser
                other@contoso.com,
                """);

        assertThat(parsed.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 3, column PrimarySmtpAddress: the primary SMTP address is empty",
                "line 4, column PrimarySmtpAddress: 'not-an-address' is not a valid e-mail address",
                "line 5, column PrimarySmtpAddress: ok@contoso.com appears twice (also on line 2)",
                "line 6, column RecipientTypeDetails: the recipient type is empty");
    }

    @Test
    void a_type_name_where_the_addresses_belong_is_noticed_and_no_addresses_are_read() {
        var parsed = parse("""
                PrimarySmtpAddress,RecipientTypeDetails,EmailAddresses
                pilar@contoso.com,MailUser,System.Collections.ArrayList
                """);

        assertThat(parsed.typeNameInAddresses()).isEqualTo("System.Collections.ArrayList");
        assertThat(parsed.rows().getFirst().addresses()).isNull();
    }

    @Test
    void without_an_addresses_column_the_recipients_have_no_addresses_to_check() {
        var parsed = parse("PrimarySmtpAddress,RecipientTypeDetails\r\npilar@contoso.com,MailUser\r\n");

        assertThat(parsed.addressesColumn()).isEmpty();
        assertThat(parsed.rows().getFirst().addresses()).isNull();
    }
}
