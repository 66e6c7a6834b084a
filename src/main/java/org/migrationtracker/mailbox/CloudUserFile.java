package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvTable;
import org.migrationtracker.csv.ExportTimes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an export of the cloud users (Entra ID) from a parsed CSV: Microsoft Graph's {@code Get-MgUser}
 * (UserPrincipalName, Mail, CreatedDateTime, AssignedLicenses as a count or a computed Licensed column) or
 * MSOnline's {@code Get-MsolUser} (UserPrincipalName, WhenCreated, IsLicensed), recognised by their columns; then
 * matches the users to mailboxes. Plain Java; problems are collected, not thrown.
 */
final class CloudUserFile {

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    enum Export {
        GRAPH("Get-MgUser (Microsoft Graph)"),
        MSONLINE("Get-MsolUser (MSOnline)");

        final String label;

        Export(String label) {
            this.label = label;
        }
    }

    /** One user as the file says; the values it does not give (or gives wrong, see the problems) are null. */
    record Row(int line, String userPrincipalName, String mail, @Nullable LocalDate createdOn, @Nullable Boolean licensed) {

        CloudUser user() {
            return new CloudUser(createdOn, licensed);
        }

        /** How the summary names a user without a mailbox. */
        String name() {
            return userPrincipalName.isEmpty() ? mail : userPrincipalName;
        }
    }

    /**
     * @param export        null when the header is refused
     * @param creationDates whether the file has a creation date column
     * @param licences      whether the file has a licence column
     */
    record Parsed(@Nullable Export export, boolean creationDates, boolean licences, String upnColumn, String mailColumn,
                  List<Row> rows, List<CsvProblem> problems) {

        /** Every address the rows name, in lower case, to look up at once. */
        Set<String> addresses() {
            var addresses = new LinkedHashSet<String>();
            for (var row : rows) {
                List.of(row.userPrincipalName(), row.mail()).stream().filter(a -> !a.isEmpty())
                        .forEach(a -> addresses.add(a.toLowerCase(Locale.ROOT)));
            }
            return addresses;
        }
    }

    /** What the rows mean for the tracker's mailboxes. */
    record Matched(Map<Long, CloudUser> users, List<String> unknown, List<CsvProblem> problems) {
    }

    private CloudUserFile() {
    }

    static Parsed parse(CsvTable table, ZoneId zone) {
        var problems = new ArrayList<CsvProblem>();
        Optional<Integer> upn = table.column("UserPrincipalName");
        Optional<Integer> mail = table.column("Mail");
        Optional<Integer> created = table.column("CreatedDateTime", "WhenCreated");
        Optional<Integer> licensed = table.column("Licensed", "IsLicensed");
        Optional<Integer> count = licensed.isPresent() ? Optional.empty() : table.column("AssignedLicenses");
        String header = String.join(", ", table.header());
        if (upn.isEmpty() && mail.isEmpty()) {
            problems.add(CsvProblem.at(1, "UserPrincipalName", "cloud-users.no-identity-column", header));
        }
        if (created.isEmpty() && licensed.isEmpty() && count.isEmpty()) {
            problems.add(CsvProblem.at(1, "CreatedDateTime", "cloud-users.no-fact-column", header));
        }
        String upnColumn = upn.map(table::columnName).orElse("");
        String mailColumn = mail.map(table::columnName).orElse("");
        if (!problems.isEmpty()) {
            return new Parsed(null, false, false, upnColumn, mailColumn, List.of(), problems);
        }
        boolean msOnline = created.map(c -> is(table, c, "WhenCreated"))
                .orElseGet(() -> licensed.map(c -> is(table, c, "IsLicensed")).orElse(false));
        var rows = new ArrayList<Row>();
        for (var row : table.rows()) {
            String principal = upn.map(row::get).orElse("").strip();
            String address = mail.map(row::get).orElse("").strip();
            if (principal.isEmpty() && address.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), upn.isPresent() ? upnColumn : mailColumn, "cloud-users.identity-empty"));
                continue;
            }
            LocalDate createdOn = created.map(c -> date(table, row, c, zone, problems)).orElse(null);
            Boolean holdsLicence = licensed.map(c -> bool(table, row, c, problems))
                    .or(() -> count.map(c -> licenceCount(table, row, c, problems))).orElse(null);
            rows.add(new Row(row.line(), principal, address, createdOn, holdsLicence));
        }
        return new Parsed(msOnline ? Export.MSONLINE : Export.GRAPH, created.isPresent(),
                licensed.isPresent() || count.isPresent(), upnColumn, mailColumn, rows, problems);
    }

    /**
     * The rows' users by mailbox, through the given addresses (primary and proxy, lower case). A user matching no
     * mailbox is listed (cloud-only accounts are normal); a row whose UserPrincipalName and Mail are two mailboxes,
     * or a mailbox named twice, is a problem.
     */
    static Matched match(Parsed parsed, Map<String, Long> mailboxByAddress) {
        var users = new LinkedHashMap<Long, CloudUser>();
        var unknown = new LinkedHashSet<String>();
        var problems = new ArrayList<CsvProblem>();
        Map<Long, Integer> firstLineOf = new HashMap<>();
        for (var row : parsed.rows()) {
            Long byUpn = mailboxByAddress.get(row.userPrincipalName().toLowerCase(Locale.ROOT));
            Long byMail = mailboxByAddress.get(row.mail().toLowerCase(Locale.ROOT));
            if (byUpn != null && byMail != null && !byUpn.equals(byMail)) {
                problems.add(CsvProblem.at(row.line(), parsed.mailColumn(), "cloud-users.two-mailboxes",
                        row.userPrincipalName(), row.mail()));
                continue;
            }
            Long mailbox = byUpn != null ? byUpn : byMail;
            if (mailbox == null) {
                unknown.add(row.name());
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(mailbox, row.line());
            if (earlier != null) {
                String column = byUpn != null ? parsed.upnColumn() : parsed.mailColumn();
                problems.add(CsvProblem.at(row.line(), column, "cloud-users.mailbox-twice", row.name(), earlier));
                continue;
            }
            users.put(mailbox, row.user());
        }
        return new Matched(users, List.copyOf(unknown), problems);
    }

    private static boolean is(CsvTable table, int column, String name) {
        return table.columnName(column).equalsIgnoreCase(name);
    }

    /** A date-time as Export-Csv writes it in the exporting machine's culture, or a plain ISO date; as a day in the zone. */
    private static @Nullable LocalDate date(CsvTable table, CsvTable.Row row, int column, ZoneId zone, List<CsvProblem> problems) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            return null; // Entra ID has no creation time for some old accounts: the recorded date stays
        }
        try {
            return LocalDate.ofInstant(ExportTimes.parse(value, zone), zone);
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                problems.add(CsvProblem.at(row.line(), table.columnName(column), "status.not-a-date", value));
                return null;
            }
        }
    }

    private static @Nullable Boolean bool(CsvTable table, CsvTable.Row row, int column, List<CsvProblem> problems) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            return null; // not said: the recorded licence stays
        }
        Boolean parsed = InventoryFile.parseBoolean(value);
        if (parsed == null) {
            problems.add(CsvProblem.at(row.line(), table.columnName(column), "csv.not-boolean", value));
        }
        return parsed;
    }

    /**
     * AssignedLicenses as a count. Without the Select that counts them, Export-Csv writes the collection's type name
     * ("System.Collections.Generic.List`1[...IMicrosoftGraphAssignedLicense]"), which says nothing about the licences.
     */
    private static @Nullable Boolean licenceCount(CsvTable table, CsvTable.Row row, int column, List<CsvProblem> problems) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (COUNT.matcher(value).matches()) {
            return Integer.parseInt(value) > 0;
        }
        boolean typeName = value.contains("[") || value.startsWith("System.") || value.startsWith("Microsoft.");
        problems.add(typeName ? CsvProblem.at(row.line(), table.columnName(column), "cloud-users.licences-type-name")
                : CsvProblem.at(row.line(), table.columnName(column), "cloud-users.not-a-licence-count", value));
        return null;
    }
}
