package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailUserConversion;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversionScriptTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 12, 1, 21, 15, 0, 0, ZoneId.of("Europe/Copenhagen"));
    private static final MailUserConversion PILAR = new MailUserConversion(1, "pilar@contoso.com", "Pilar Pinilla",
            "pilar@contoso.mail.onmicrosoft.com", List.of("pp@contoso.com"),
            List.of("X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar"));

    private static byte[] bytes(MailUserConversion... conversions) {
        return ConversionScript.write("Finance1", AT, "ada", List.of(conversions));
    }

    private static String script(MailUserConversion... conversions) {
        byte[] file = bytes(conversions);
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void the_script_is_utf8_with_a_bom_and_says_to_review_it_before_it_stops_at_the_first_error() {
        byte[] file = bytes(PILAR);
        String text = script(PILAR);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text).startsWith("# Mail-user conversion of batch Finance1: 1 completed mailbox.\r\n"
                + "# Exported by the Migration Tracker on 2026-12-01 21:15 +01:00 by ada.\r\n");
        assertThat(text).contains("# Review before running; the tracker runs nothing against Exchange.\r\n",
                "\r\n$ErrorActionPreference = 'Stop'\r\n", ConversionScript.RECIPIENTS_EXPORT);
    }

    @Test
    void each_mailbox_is_read_first_then_disabled_made_a_mail_user_with_its_target_and_primary_and_given_its_addresses() {
        String text = script(PILAR);

        assertThat(text).contains("""
                # Pilar Pinilla <pilar@contoso.com>\r
                if (Get-MailUser -Identity 'pilar@contoso.com' -ErrorAction SilentlyContinue) {\r
                    Write-Host 'pilar@contoso.com is a mail user already: skipped'\r
                } else {\r
                    $mbx = Get-Mailbox -Identity 'pilar@contoso.com'\r
                    Disable-Mailbox -Identity $mbx.DistinguishedName -Confirm:$false\r
                    Enable-MailUser -Identity $mbx.DistinguishedName -ExternalEmailAddress 'pilar@contoso.mail.onmicrosoft.com'\r
                    Set-MailUser -Identity $mbx.DistinguishedName -EmailAddressPolicyEnabled $false -PrimarySmtpAddress 'pilar@contoso.com'\r
                    Add-KeptAddresses $mbx.DistinguishedName @('smtp:pp@contoso.com', 'X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar', "X500:$($mbx.LegacyExchangeDN)")\r
                }\r
                """);
        assertThat(text.indexOf("$mbx = Get-Mailbox")).isLessThan(text.indexOf("Disable-Mailbox -Identity $mbx"));
    }

    @Test
    void a_mailbox_without_a_target_is_left_out_with_a_comment_saying_why() {
        var toby = new MailUserConversion(2, "toby@contoso.com", "Toby Nixon", null, List.of(), List.of());

        String text = script(PILAR, toby);

        assertThat(text).startsWith("# Mail-user conversion of batch Finance1: 2 completed mailboxes, 1 of them left out (no target address).");
        assertThat(text).contains("# Toby Nixon <toby@contoso.com>: left out, no target address (the mailbox has no .onmicrosoft.com address and the\r\n"
                + "# project sets no routing domain).");
        assertThat(text).doesNotContain("-Identity 'toby@contoso.com'");
    }

    @Test
    void quotes_in_values_are_doubled_typographic_ones_too_and_nothing_expands() {
        assertThat(ConversionScript.quote("o'brien@contoso.com")).isEqualTo("'o''brien@contoso.com'");
        assertThat(ConversionScript.quote("X500:/o=Contoso/cn=O’Brien $(Remove-Item C:\\)")).isEqualTo("'X500:/o=Contoso/cn=O’’Brien $(Remove-Item C:\\)'");
        assertThat(ConversionScript.quote("a\u2018b\u201Ac\u201Bd")).isEqualTo("'a\u2018\u2018b\u201A\u201Ac\u201B\u201Bd'");
    }

    @Test
    void a_display_name_with_line_breaks_or_control_characters_stays_inside_its_comment() {
        var sneaky = new MailUserConversion(3, "eve@contoso.com", "Eve\r\nRemove-Mailbox -Identity boss\u2028\u202E\u0007", "eve@contoso.mail.onmicrosoft.com",
                List.of(), List.of());

        String text = script(sneaky);

        assertThat(text).contains("\r\n# Eve Remove-Mailbox -Identity boss <eve@contoso.com>\r\n");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("Remove-Mailbox"));
        assertThat(text).doesNotContain("\u2028", "\u202E", "\u0007");
        assertThat(ConversionScript.quote("a\nb\tc")).isEqualTo("'abc'");
    }
}
