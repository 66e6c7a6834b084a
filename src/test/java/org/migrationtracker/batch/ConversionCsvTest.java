package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailUserConversion;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversionCsvTest {

    private static String csv(MailUserConversion... conversions) {
        return new String(ConversionCsv.write(List.of(conversions)), StandardCharsets.UTF_8);
    }

    @Test
    void each_mailbox_is_a_row_with_its_target_and_every_address_it_keeps_joined_by_semicolons() {
        var pilar = new MailUserConversion(1, "pilar@contoso.com", "Pilar Pinilla", "pilar@contoso.mail.onmicrosoft.com",
                List.of("pp@contoso.com"), List.of("X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar"));

        assertThat(csv(pilar)).isEqualTo("Identity,DisplayName,TargetAddress,EmailAddresses\r\n"
                + "pilar@contoso.com,Pilar Pinilla,pilar@contoso.mail.onmicrosoft.com,"
                + "SMTP:pilar@contoso.com;smtp:pp@contoso.com;X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar\r\n");
    }

    @Test
    void a_mailbox_without_a_target_is_listed_with_an_empty_target_address() {
        var toby = new MailUserConversion(2, "toby@contoso.com", "Toby", null, List.of(), List.of());

        assertThat(csv(toby)).endsWith("\r\ntoby@contoso.com,Toby,,SMTP:toby@contoso.com\r\n");
    }

    @Test
    void values_a_spreadsheet_would_run_as_formulas_are_kept_as_text() {
        var formula = new MailUserConversion(3, "-x@contoso.com", "=HYPERLINK(\"http://evil\",\"Click\")", null, List.of(), List.of());

        assertThat(csv(formula)).endsWith("\r\n'-x@contoso.com,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\",,SMTP:-x@contoso.com\r\n");
        var phone = new MailUserConversion(5, "p@contoso.com", "+31 20 555", null, List.of(), List.of());
        var group = new MailUserConversion(6, "s@contoso.com", "@Sales", null, List.of(), List.of());
        var comma = new MailUserConversion(7, "j@contoso.com", "Smith, John", null, List.of(), List.of());
        assertThat(csv(phone, group, comma)).contains(",'+31 20 555,", ",'@Sales,", ",\"Smith, John\",");
    }

    @Test
    void the_file_is_utf8_without_a_bom() {
        var soren = new MailUserConversion(4, "soren@contoso.dk", "Søren", "soren@contoso.mail.onmicrosoft.com", List.of(), List.of());

        byte[] file = ConversionCsv.write(List.of(soren));

        assertThat(new String(file, 0, 8, StandardCharsets.UTF_8)).isEqualTo("Identity");
        assertThat(new String(file, StandardCharsets.UTF_8)).contains(",Søren,");
    }
}
