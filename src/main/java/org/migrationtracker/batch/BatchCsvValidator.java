package org.migrationtracker.batch;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks the Exchange admin center applies to a migration batch CSV, applied to every batch CSV the tracker
 * reads or writes: not empty; comma-separated; at most 2,000 data rows; an EmailAddress column in the header;
 * every row with the header's number of columns; well-formed addresses; no address twice. With what the tracker
 * knows (002): each address is the mailbox's on-premises primary SMTP address, not one of its proxy addresses, and
 * ForceChangePassword is not True when the project uses single sign-on.
 */
public final class BatchCsvValidator {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    /** The addresses of a valid file, in file order. */
    public record Valid(List<String> addresses) implements ImportedFile {

        @Override
        public int rows() {
            return addresses.size();
        }
    }

    /** What the tracker knows about the project and its inventory. */
    public interface Context {

        /**
         * Of the given addresses, those that are a mailbox's proxy address and no mailbox's primary one, with that
         * mailbox's primary address.
         */
        Map<String, String> primaryOfProxies(Collection<String> addresses);

        boolean singleSignOn();
    }

    /** Exchange's own checks only. */
    private static final Context EXCHANGE_ONLY = withoutInventory(false);

    /**
     * A context with nothing to add from the inventory: for a file written from the mailboxes' own primary addresses,
     * which are never "another mailbox's proxy" (a primary address wins over a proxy).
     */
    static Context withoutInventory(boolean singleSignOn) {
        return new Context() {
            @Override
            public Map<String, String> primaryOfProxies(Collection<String> addresses) {
                return Map.of();
            }

            @Override
            public boolean singleSignOn() {
                return singleSignOn;
            }
        };
    }

    private record Row(int line, String address, String force) {
    }

    private BatchCsvValidator() {
    }

    /** Exchange's own checks only (tests); the tracker's callers pass what it knows. */
    static Valid validate(String fileName, byte[] content) {
        return validate(fileName, content, EXCHANGE_ONLY, BatchRules.MAX_MAILBOXES);
    }

    /** @throws CsvRefusedException with every problem, by line and column */
    public static Valid validate(String fileName, byte[] content, Context context) {
        return validate(fileName, content, context, BatchRules.MAX_MAILBOXES);
    }

    /** @param maxRows 2,000 for a migration batch; an IMAP migration file takes more */
    static Valid validate(String fileName, byte[] content, Context context, int maxRows) {
        var table = CsvReader.readAll(fileName, content, maxRows);
        var problems = new ArrayList<CsvProblem>();
        if (table.delimiter() != ',') {
            throw table.refusal(List.of(CsvProblem.ofFile(table.delimiter() == ';' ? "batch-csv.semicolon" : "batch-csv.tab")));
        }
        var column = table.column("EmailAddress");
        if (column.isEmpty()) {
            throw table.refusal(List.of(CsvProblem.at(1, "EmailAddress",
                    "batch-csv.no-address-column", String.join(", ", table.header()))));
        }
        var force = table.column("ForceChangePassword");
        var seen = new HashMap<String, Integer>();
        var rows = new ArrayList<Row>();
        for (var row : table.rows()) {
            String address = row.get(column.get()).strip().toLowerCase(Locale.ROOT);
            if (!ADDRESS.matcher(address).matches()) {
                problems.add(CsvProblem.at(row.line(), "EmailAddress", "csv.bad-address", row.get(column.get())));
                continue;
            }
            Integer earlier = seen.putIfAbsent(address, row.line());
            if (earlier != null) {
                problems.add(CsvProblem.at(row.line(), "EmailAddress", "csv.address-twice", address, earlier));
                continue;
            }
            rows.add(new Row(row.line(), address, force.map(row::get).orElse("").strip()));
        }
        var primaries = context.primaryOfProxies(rows.stream().map(Row::address).toList());
        var addresses = new ArrayList<String>();
        for (var row : rows) {
            String primary = primaries.get(row.address());
            if (primary != null) {
                problems.add(CsvProblem.at(row.line(), "EmailAddress", "batch-csv.use-primary", row.address(), primary));
            }
            String value = row.force();
            if (!value.isEmpty() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problems.add(CsvProblem.at(row.line(), "ForceChangePassword", "csv.not-boolean", value));
            } else if (value.equalsIgnoreCase("true") && context.singleSignOn()) {
                problems.add(CsvProblem.at(row.line(), "ForceChangePassword", "batch-csv.force-change-sso"));
            }
            addresses.add(row.address());
        }
        table.refuseIfAny(problems);
        return new Valid(addresses);
    }
}
