package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvTable;
import org.migrationtracker.i18n.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a mailbox inventory (e.g. {@code Get-Mailbox | Select ... | Export-Csv}) from a parsed CSV: maps the
 * columns by their usual names and checks every value. Plain Java; problems are collected, not thrown.
 */
final class InventoryFile {

    static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern BYTES_IN_PARENTHESES = Pattern.compile("\\(([\\d,.\\s\u00a0']+)\\s*bytes\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE_WITH_UNIT = Pattern.compile("^([\\d.,]+)\\s*(B|KB|MB|GB|TB)$", Pattern.CASE_INSENSITIVE);

    /** @param notes warnings that do not stop the import (a language the tracker does not keep) */
    record Parsed(List<InventoryRow> rows, List<CsvProblem> problems, List<Message> notes) {
    }

    /** The lengths the mailbox table keeps (db/migration/V003: varchar(320) and varchar(256)). */
    static final int ADDRESS_LENGTH = 320;
    static final int TEXT_LENGTH = 256;

    /** Rows with an unknown language each get a note up to this many; the rest are counted. */
    static final int LANGUAGE_NOTES = 20;

    private InventoryFile() {
    }

    static Parsed parse(CsvTable table) {
        return parse(table, table.rows().size() >= PARALLEL_ROWS);
    }

    /** @param parallel whether the rows are checked in parallel (what they say is the same either way) */
    static Parsed parse(CsvTable table, boolean parallel) {
        var problems = new ArrayList<CsvProblem>();
        Optional<Integer> primary = table.column("PrimarySmtpAddress", "PrimarySMTPAddress", "PrimaryAddress",
                "WindowsEmailAddress", "EmailAddress", "Mail");
        if (primary.isEmpty()) {
            problems.add(CsvProblem.at(1, "PrimarySmtpAddress", "inventory.no-address-column", String.join(", ", table.header())));
            return new Parsed(List.of(), problems, List.of());
        }
        int addressColumn = primary.get();
        Integer display = table.column("DisplayName", "Name").orElse(null);
        Integer alias = table.column("Alias", "MailNickname").orElse(null);
        Integer department = table.column("Department").orElse(null);
        Integer database = table.column("Database", "MailboxDatabase").orElse(null);
        Integer type = table.column("RecipientTypeDetails", "RecipientType").orElse(null);
        Integer size = table.column("TotalItemSize", "Size", "MailboxSize", "SizeBytes").orElse(null);
        Integer proxies = table.column("EmailAddresses", "ProxyAddresses").orElse(null);
        Integer um = table.column("UMEnabled", "UnifiedMessagingEnabled").orElse(null);
        Integer languages = table.column("Languages", "PreferredLanguage").orElse(null);
        var notes = new ArrayList<Message>();
        int unknownLanguages = 0;

        var columns = new Columns(table, addressColumn, display, alias, department, database, type, size, proxies, um, languages);
        // each row is checked on its own, in parallel for a large file (the address checks are most of an import's
        // parse: 1-3 s for 100,000 rows on one core; docs/adr/0045), then the file's rows are taken in order
        var stream = parallel ? table.rows().parallelStream() : table.rows().stream();
        List<Checked> checked = stream.map(columns::check).toList();
        var rows = new ArrayList<InventoryRow>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (var row : checked) {
            if (row.row() == null) {
                problems.addAll(row.problems());
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(row.row().primaryAddress(), row.row().line());
            if (earlier != null) {
                problems.add(CsvProblem.at(row.row().line(), columns.addressName(), "csv.address-twice",
                        row.row().primaryAddress(), earlier));
                continue;
            }
            problems.addAll(row.problems());
            if (row.unknownLanguage() != null && ++unknownLanguages <= LANGUAGE_NOTES) {
                notes.add(Message.of("inventory.language-unsupported", row.row().line(), table.columnName(languages),
                        row.unknownLanguage()));
            }
            rows.add(row.row());
        }
        if (unknownLanguages > LANGUAGE_NOTES) {
            notes.add(Message.of("inventory.language-unsupported-more", unknownLanguages - LANGUAGE_NOTES));
        }
        return new Parsed(rows, problems, notes);
    }

    /** From this many rows a file's rows are checked in parallel. */
    static final int PARALLEL_ROWS = 2_000;

    /**
     * One row checked on its own: without a usable address, its address problems and no row; else the row, the
     * problems of its other values and the language it names that the tracker does not keep.
     */
    private record Checked(@Nullable InventoryRow row, List<CsvProblem> problems, @Nullable String unknownLanguage) {
    }

    /** The file's columns by what they hold (null: not in the file), and the checks of one row. */
    private record Columns(CsvTable table, int address, @Nullable Integer display, @Nullable Integer alias,
                           @Nullable Integer department, @Nullable Integer database, @Nullable Integer type,
                           @Nullable Integer size, @Nullable Integer proxies, @Nullable Integer um,
                           @Nullable Integer languages) {

        String addressName() {
            return table.columnName(address);
        }

        Checked check(CsvTable.Row row) {
            var problems = new ArrayList<CsvProblem>();
            String address = row.get(this.address).strip().toLowerCase(Locale.ROOT);
            if (address.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), addressName(), "inventory.address-empty"));
                return new Checked(null, problems, null);
            }
            if (!table.fits(row, this.address, ADDRESS_LENGTH, problems)) {
                return new Checked(null, problems, null);
            }
            if (!ADDRESS.matcher(address).matches()) {
                problems.add(CsvProblem.at(row.line(), addressName(), "csv.bad-address", row.get(this.address).strip()));
                return new Checked(null, problems, null);
            }
            for (Integer column : new Integer[] {display, alias, department, database}) {
                table.fits(row, column, TEXT_LENGTH, problems);
            }
            Long sizeBytes = null;
            if (size != null && !row.get(size).isBlank()) {
                sizeBytes = parseSize(row.get(size));
                if (sizeBytes == null) {
                    problems.add(CsvProblem.at(row.line(), table.columnName(size), "inventory.bad-size", row.get(size)));
                }
            }
            Boolean umEnabled = null;
            if (um != null) {
                umEnabled = parseBoolean(row.get(um));
                if (umEnabled == null) {
                    problems.add(CsvProblem.at(row.line(), table.columnName(um), "csv.not-boolean", row.get(um)));
                }
            }
            List<String> proxyList = null;
            List<String> x500List = null;
            if (proxies != null) {
                proxyList = new ArrayList<>();
                var listed = ProxyAddressList.parse(row.get(proxies));
                x500List = listed.x500();
                for (String proxy : listed.smtp()) {
                    if (!ADDRESS.matcher(proxy).matches()) {
                        problems.add(CsvProblem.at(row.line(), table.columnName(proxies), "csv.bad-address", proxy));
                    } else if (!proxy.equals(address)) {
                        proxyList.add(proxy);
                    }
                }
            }
            PreferredLanguage language = null;
            String unknownLanguage = null;
            if (languages != null) {
                var known = PreferredLanguage.fromExchange(row.get(languages));
                if (known.isEmpty()) {
                    unknownLanguage = row.get(languages).strip();
                }
                language = known.orElse(PreferredLanguage.NONE);
            }
            var file = new MailboxValues()
                    .with(MailboxColumns.DISPLAY_NAME, text(row, display))
                    .with(MailboxColumns.ALIAS, text(row, alias))
                    .with(MailboxColumns.DEPARTMENT, text(row, department))
                    .with(MailboxColumns.DATABASE_NAME, text(row, database))
                    .with(MailboxColumns.RECIPIENT_TYPE, type == null ? null : RecipientType.fromExchange(row.get(type)))
                    .with(MailboxColumns.SIZE_BYTES, sizeBytes)
                    .with(MailboxColumns.PROXY_ADDRESSES, proxyList)
                    .with(MailboxColumns.X500_ADDRESSES, x500List)
                    .with(MailboxColumns.UM_ENABLED, umEnabled)
                    .with(MailboxColumns.PREFERRED_LANGUAGE, language);
            return new Checked(new InventoryRow(row.line(), address, file), problems, unknownLanguage);
        }
    }

    private static @Nullable String text(CsvTable.Row row, @Nullable Integer column) {
        return column == null ? null : row.get(column).strip();
    }

    static @Nullable Boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "$true", "sand", "ja", "vrai", "waar", "oui" -> true;
            case "false", "no", "0", "$false", "", "falsk", "nej", "faux", "onwaar", "nee", "non" -> false;
            default -> null;
        };
    }

    /**
     * The SMTP addresses of an EmailAddresses/proxyAddresses value: {@code SMTP:a@x;smtp:b@x} or PowerShell's
     * space-separated {@code SMTP:a@x smtp:b@x}; X500, SIP and other types are not SMTP addresses and are left out.
     */
    static List<String> smtpProxies(String value) {
        return ProxyAddressList.parse(value).smtp();
    }

    /** Exchange's "1.234 GB (1,324,567,890 bytes)", a plain number of bytes, or a number with a unit; null otherwise. */
    static @Nullable Long parseSize(String value) {
        try {
            return size(value);
        } catch (NumberFormatException tooLarge) {
            return null; // more bytes than a long holds: not a mailbox size
        }
    }

    private static @Nullable Long size(String value) {
        String v = value.strip();
        Matcher bytes = BYTES_IN_PARENTHESES.matcher(v);
        if (bytes.find()) {
            return Long.parseLong(bytes.group(1).replaceAll("[^\\d]", ""));
        }
        if (v.matches("\\d+")) {
            return Long.parseLong(v);
        }
        Matcher unit = SIZE_WITH_UNIT.matcher(v);
        if (unit.matches()) {
            BigDecimal number;
            try {
                number = new BigDecimal(unit.group(1).replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                return null;
            }
            long factor = switch (unit.group(2).toUpperCase(Locale.ROOT)) {
                case "KB" -> 1L << 10;
                case "MB" -> 1L << 20;
                case "GB" -> 1L << 30;
                case "TB" -> 1L << 40;
                default -> 1L;
            };
            var total = number.multiply(BigDecimal.valueOf(factor));
            return total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? null : total.longValue();
        }
        return null;
    }
}
