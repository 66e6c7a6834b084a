package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the on-premises recipients export ({@code Get-Recipient -ResultSize Unlimited | Select-Object
 * PrimarySmtpAddress,RecipientTypeDetails,EmailAddresses | Export-Csv}): every row needs a valid primary address
 * (once) and a recipient type; EmailAddresses is optional. Plain Java; problems are collected, not thrown.
 */
final class RecipientsFile {

    /** What Exchange says a recipient is, as far as the conversion is concerned. */
    enum Kind {
        /** still a mailbox (user, shared, room, equipment, linked) */
        MAILBOX,
        /** converted: a mail user pointing elsewhere */
        MAIL_USER,
        /** a group, contact, public folder or anything else */
        OTHER;

        private static final Set<String> MAILBOXES = Set.of("usermailbox", "sharedmailbox", "roommailbox", "equipmentmailbox",
                "linkedmailbox", "legacymailbox");

        static Kind of(String recipientTypeDetails) {
            String type = recipientTypeDetails.strip().toLowerCase(Locale.ROOT);
            return type.equals("mailuser") ? MAIL_USER : MAILBOXES.contains(type) ? MAILBOX : OTHER;
        }
    }

    /**
     * One recipient.
     *
     * @param addresses its EmailAddresses; null when the file has none, or has a .NET type name where they belong
     */
    record Row(int line, String primaryAddress, Kind kind, @Nullable ProxyAddressList addresses) {
    }

    /**
     * @param addressesColumn the EmailAddresses column's name, empty when the file has none
     * @param typeNameInAddresses what stands in EmailAddresses instead of the addresses (e.g. "System.Object[]"), or null
     */
    record Parsed(List<Row> rows, List<CsvProblem> problems, String addressesColumn, @Nullable String typeNameInAddresses) {
    }

    /** "System.Collections.ArrayList", "Microsoft.Exchange.Data.ProxyAddressCollection": Export-Csv wrote the type, not the values. */
    private static final Pattern TYPE_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_`]*(\\.[A-Za-z_][A-Za-z0-9_`]*)+(\\[\\])?$");

    private RecipientsFile() {
    }

    static Parsed parse(CsvTable table) {
        var problems = new ArrayList<CsvProblem>();
        var primary = table.column("PrimarySmtpAddress");
        var type = table.column("RecipientTypeDetails", "RecipientType");
        if (primary.isEmpty()) {
            problems.add(CsvProblem.at(1, "PrimarySmtpAddress", "csv.column-missing", "PrimarySmtpAddress"));
        }
        if (type.isEmpty()) {
            problems.add(CsvProblem.at(1, "RecipientTypeDetails", "csv.column-missing", "RecipientTypeDetails"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems, "", null);
        }
        var addresses = table.column("EmailAddresses", "ProxyAddresses");
        String primaryColumn = table.columnName(primary.get());
        String typeColumn = table.columnName(type.get());
        String typeName = addresses.flatMap(column -> table.rows().stream().map(row -> row.get(column).strip())
                .filter(value -> !value.isEmpty()).findFirst()).filter(value -> TYPE_NAME.matcher(value).matches()).orElse(null);
        var rows = new ArrayList<Row>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (var row : table.rows()) {
            String raw = row.get(primary.get()).strip();
            String address = raw.toLowerCase(Locale.ROOT);
            String kind = row.get(type.get()).strip();
            if (kind.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), typeColumn, "recipients.type-empty"));
            }
            if (address.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), primaryColumn, "inventory.address-empty"));
                continue;
            }
            if (!InventoryFile.ADDRESS.matcher(address).matches()) {
                problems.add(CsvProblem.at(row.line(), primaryColumn, "csv.bad-address", raw));
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(address, row.line());
            if (earlier != null) {
                problems.add(CsvProblem.at(row.line(), primaryColumn, "csv.address-twice", address, earlier));
                continue;
            }
            var listed = addresses.isEmpty() || typeName != null ? null : ProxyAddressList.parse(row.get(addresses.get()));
            rows.add(new Row(row.line(), address, Kind.of(kind), listed));
        }
        return new Parsed(rows, problems, addresses.map(table::columnName).orElse(""), typeName);
    }
}
