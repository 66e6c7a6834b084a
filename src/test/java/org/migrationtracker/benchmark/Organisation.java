package org.migrationtracker.benchmark;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A realistic organisation for the benchmark: people with Danish, Swedish, French and Dutch names (so first and last
 * names repeat as they do in a real directory), spread over departments and mailbox databases, with aliases, proxy
 * addresses, shared and room mailboxes, sizes and some UM-enabled users. Seeded: every run generates the same rows.
 */
public final class Organisation {

    static final List<String> FIRST = List.of("Søren", "Åsa", "Pilar", "Toby", "Jørgen", "Inès", "Sanne", "Lars", "Maja",
            "Pieter", "Élodie", "Karin", "Mads", "Sofie", "Bram", "Ingrid", "Nils", "Camille", "Freja", "Joost", "Anders",
            "Birgitta", "Claes", "Dorthe", "Emil", "Françoise", "Gustav", "Hanne", "Ida", "Jesper", "Kerstin", "Lotte",
            "Mathilde", "Niels", "Oskar", "Päivi", "Rasmus", "Sigrid", "Thijs", "Ulla");
    static final List<String> LAST = List.of("Nielsen", "Lindqvist", "Pinilla", "Nixon", "Hansen", "Dubois", "de Vries",
            "Andersson", "Jensen", "Janssen", "Lefèvre", "Berg", "Christensen", "Bakker", "Olsen", "Moreau", "Pedersen",
            "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen",
            "Madsen", "Kristensen", "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy",
            "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "Lundgren", "Sandberg", "Holm");
    static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "HR", "IT", "Research", "Marketing", "Logistics",
            "Executive", "Legal", "Procurement", "Customer Service", "Production", "Quality", "Facilities", "Communications",
            "Engineering", "Support", "Training", "Security", "Treasury");
    static final int DATABASES = 12;

    private Organisation() {
    }

    /** The display name of the n-th person. */
    public static String displayName(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size());
    }

    /** The alias (and the address's local part) of the n-th person: unique, ASCII, as Exchange would make it. */
    public static String alias(int i) {
        return ascii(displayName(i)).replace(' ', '.') + i;
    }

    static String address(int i) {
        return alias(i) + "@contoso.com";
    }

    /** {@code Get-Mailbox | Select … | Export-Csv} for {@code count} people. */
    public static byte[] inventory(int count) {
        var random = new Random(2026);
        var csv = new StringBuilder(count * 260).append("\"DisplayName\",\"PrimarySmtpAddress\",\"Alias\",\"Department\","
                + "\"Database\",\"RecipientTypeDetails\",\"UMEnabled\",\"TotalItemSize\",\"EmailAddresses\"\r\n");
        for (int i = 0; i < count; i++) {
            String alias = alias(i);
            String type = i % 60 == 0 ? "SharedMailbox" : i % 97 == 0 ? "RoomMailbox" : "UserMailbox";
            long size = (long) (random.nextDouble() * 8_000_000_000L);
            csv.append('"').append(displayName(i)).append("\",\"").append(alias).append("@contoso.com\",\"").append(alias)
                    .append("\",\"").append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))
                    .append("\",\"MBX-DB").append(String.format(Locale.ROOT, "%02d", 1 + i % DATABASES)).append("\",\"")
                    .append(type).append("\",\"").append(i % 19 == 0 ? "True" : "False").append("\",\"")
                    .append(String.format(Locale.ROOT, "%.1f GB (%,d bytes)", size / 1e9, size)).append("\",\"SMTP:")
                    .append(alias).append("@contoso.com smtp:").append(alias).append("@contoso.mail.onmicrosoft.com")
                    .append(" smtp:").append(alias.replace(".", "")).append("@contoso.dk")
                    .append(" X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=").append(alias).append("\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code Get-MigrationUser | Export-Csv} for the batch's mailboxes: each in {@code status}, with item counts, so
     * that importing it after one with another status changes every row.
     */
    static byte[] migrationUsers(String batch, List<String> addresses, String status, int items) {
        var csv = new StringBuilder("#TYPE Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUser\r\n"
                + "\"Identity\",\"MailboxEmailAddress\",\"BatchId\",\"RecipientType\",\"Status\",\"StatusSummary\",\"State\","
                + "\"SyncedItemCount\",\"SkippedItemCount\",\"LastSuccessfulSyncTime\",\"ErrorSummary\",\"HasUnapprovedSkippedItems\"\r\n");
        int n = 0;
        for (String address : addresses) {
            csv.append('"').append(address).append("\",\"").append(address).append("\",\"").append(batch)
                    .append("\",\"Mailbox\",\"").append(status).append("\",\"").append(status).append("\",\"Active\",\"")
                    .append(items + n++ % 500).append("\",\"0\",\"12/1/2026 2:15:30 PM\",\"\",\"False\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").toLowerCase(Locale.ROOT);
    }
}
