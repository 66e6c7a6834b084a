package org.migrationtracker.batch;

import org.migrationtracker.mailbox.MailUserConversion;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PowerShell script that converts a batch's completed mailboxes to mail users, for the admin to review and run in
 * the Exchange Management Shell on-premises (seed 002, task 8). One block per mailbox: its DistinguishedName and
 * LegacyExchangeDN are read first; the mailbox is disabled, mail-enabled again as a mail user pointing to its
 * Microsoft 365 address, keeps its primary SMTP address, and gets back every address it had plus an X500 address with
 * its old LegacyExchangeDN (replies to old mail). UTF-8 with a BOM, so that Windows PowerShell reads names that are not
 * ASCII. Plain Java.
 *
 * <p>The addresses are added by reading the mail user's addresses and writing them back with the kept ones, because
 * Exchange 2007 (a staged migration's source) has no {@code @{add=...}} for multivalued properties; that syntax
 * arrived with Exchange 2010 SP1.
 */
final class ConversionScript {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private ConversionScript() {
    }

    static byte[] write(String batchName, ZonedDateTime exportedAt, String exportedBy, List<MailUserConversion> conversions) {
        long withoutTarget = conversions.stream().filter(c -> !c.hasTarget()).count();
        var ps = new StringBuilder(conversions.size() * 900);
        line(ps, "# Mail-user conversion of batch " + comment(batchName) + ": " + conversions.size()
                + (conversions.size() == 1 ? " completed mailbox" : " completed mailboxes")
                + (withoutTarget > 0 ? ", " + withoutTarget + " of them left out (no target address)" : "") + ".");
        line(ps, "# Exported by the Migration Tracker on " + WHEN.format(exportedAt) + " by " + comment(exportedBy) + ".");
        line(ps, "#");
        line(ps, "# Review before running; the tracker runs nothing against Exchange.");
        line(ps, "# Run it in the Exchange Management Shell on-premises (Exchange 2007 or later), once the batch is completed");
        line(ps, "# in Microsoft 365. Each block turns one mailbox into a mail user whose mail goes to its Microsoft 365");
        line(ps, "# mailbox; the mail user keeps every address the mailbox had, and its old LegacyExchangeDN as an X500 address.");
        line(ps, "# A mailbox that is a mail user already is skipped, so the script may be run again after a stop.");
        line(ps, "# Afterwards, export the recipients and import the file in the tracker (Mailboxes, Import recipients):");
        line(ps, "#   " + RECIPIENTS_EXPORT);
        line(ps, "");
        line(ps, "$ErrorActionPreference = 'Stop'");
        line(ps, "");
        line(ps, "# Adds each kept address the mail user lacks (Exchange 2007 has no @{add=...}: read, extend, write back).");
        line(ps, "function Add-KeptAddresses([string] $Identity, [string[]] $Keep) {");
        line(ps, "    $user = Get-MailUser -Identity $Identity");
        line(ps, "    $addresses = @($user.EmailAddresses | ForEach-Object { $_.ToString() })");
        line(ps, "    foreach ($address in $Keep) {");
        line(ps, "        if ($addresses -notcontains $address) { $addresses += $address }");
        line(ps, "    }");
        line(ps, "    Set-MailUser -Identity $Identity -EmailAddresses $addresses");
        line(ps, "}");
        for (var c : conversions) {
            line(ps, "");
            String name = comment(c.displayName());
            String who = name.isEmpty() ? comment(c.primaryAddress()) : name + " <" + comment(c.primaryAddress()) + ">";
            if (!c.hasTarget()) {
                line(ps, "# " + who + ": left out, no target address (the mailbox has no .onmicrosoft.com address and the");
                line(ps, "# project sets no routing domain). Set the routing domain in the tracker's project settings and export again.");
                continue;
            }
            String identity = quote(c.primaryAddress());
            line(ps, "# " + who);
            line(ps, "if (Get-MailUser -Identity " + identity + " -ErrorAction SilentlyContinue) {");
            line(ps, "    Write-Host " + quote(c.primaryAddress() + " is a mail user already: skipped"));
            line(ps, "} else {");
            line(ps, "    $mbx = Get-Mailbox -Identity " + identity);
            line(ps, "    Disable-Mailbox -Identity $mbx.DistinguishedName -Confirm:$false");
            line(ps, "    Enable-MailUser -Identity $mbx.DistinguishedName -ExternalEmailAddress " + quote(c.targetAddress()));
            line(ps, "    Set-MailUser -Identity $mbx.DistinguishedName -EmailAddressPolicyEnabled $false -PrimarySmtpAddress " + identity);
            String kept = c.addressesToAdd().stream().map(ConversionScript::quote).collect(Collectors.joining(", "));
            line(ps, "    Add-KeptAddresses $mbx.DistinguishedName @(" + (kept.isEmpty() ? "" : kept + ", ")
                    + "\"X500:$($mbx.LegacyExchangeDN)\")");
            line(ps, "}");
        }
        var out = new ByteArrayOutputStream(ps.length() + 16);
        out.writeBytes(BOM);
        out.writeBytes(ps.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** What the admin runs afterwards, for the tracker's recipients import. */
    static final String RECIPIENTS_EXPORT = "Get-Recipient -ResultSize Unlimited | Select-Object PrimarySmtpAddress,"
            + "RecipientTypeDetails,EmailAddresses | Export-Csv recipients.csv -NoTypeInformation -Encoding UTF8";

    /**
     * A PowerShell single-quoted string: nothing in it is expanded; a quote is doubled, and PowerShell counts the
     * typographic single quotes (‘ ’ ‚ ‛) as quotes too. Control characters and line breaks are left out.
     */
    static String quote(String value) {
        var quoted = new StringBuilder(value.length() + 2).append('\'');
        value.codePoints().filter(ConversionScript::printable).forEach(cp -> {
            if (cp == '\'' || cp == '\u2018' || cp == '\u2019' || cp == '\u201A' || cp == '\u201B') {
                quoted.appendCodePoint(cp);
            }
            quoted.appendCodePoint(cp);
        });
        return quoted.append('\'').toString();
    }

    /** Text for a comment line: control characters and line breaks become spaces, so nothing leaves the comment. */
    static String comment(String value) {
        var text = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> text.appendCodePoint(printable(cp) ? cp : ' '));
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.FORMAT;
    }

    private static void line(StringBuilder ps, String text) {
        ps.append(text).append("\r\n");
    }
}
