package org.migrationtracker.batch;

import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks the Exchange admin center applies to a migration batch CSV, applied to every batch CSV the tracker
 * reads or writes: not empty; comma-separated; at most 2,000 data rows; an EmailAddress column in the header;
 * every row with the header's number of columns; well-formed addresses; no address twice.
 */
public final class BatchCsvValidator {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    /** The addresses of a valid file, in file order. */
    public record Valid(List<String> addresses) {
    }

    private BatchCsvValidator() {
    }

    /** @throws CsvRefusedException with every problem, by line and column */
    public static Valid validate(String fileName, byte[] content) {
        var table = CsvReader.read(fileName, content, BatchRules.MAX_MAILBOXES);
        var problems = new ArrayList<CsvProblem>();
        if (table.delimiter() != ',') {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.ofFile(
                    table.delimiter() == ';' ? "batch-csv.semicolon" : "batch-csv.tab")));
        }
        var column = table.column("EmailAddress");
        if (column.isEmpty()) {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.at(1, "EmailAddress",
                    "batch-csv.no-address-column", String.join(", ", table.header()))));
        }
        var force = table.column("ForceChangePassword");
        var seen = new HashMap<String, Integer>();
        var addresses = new ArrayList<String>();
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
            if (force.isPresent()) {
                String value = row.get(force.get()).strip();
                if (!value.isEmpty() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    problems.add(CsvProblem.at(row.line(), "ForceChangePassword", "csv.not-boolean", value));
                }
            }
            addresses.add(address);
        }
        if (!problems.isEmpty()) {
            throw new CsvRefusedException(fileName, problems);
        }
        return new Valid(addresses);
    }
}
