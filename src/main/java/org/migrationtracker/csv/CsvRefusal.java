package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.List;

/**
 * A refused file as an API answers it (422): the headline, how many problems there were, how many are listed
 * (the first {@value CsvRefusedException#MAX_LISTED} at most) and those. One shape for every import's API, so
 * clients read a refusal the same way everywhere.
 */
public record CsvRefusal(Message message, int total, int shown, List<Problem> problems) {

    /**
     * @param line   1-based line in the file (0: the file as a whole)
     * @param column 1-based column number in the header, null when the problem is not in one column
     * @param field  the column's name in the header, or empty
     * @param reason what is wrong, in English
     */
    public record Problem(int line, @Nullable Integer column, String field, Message reason) {
    }

    public static CsvRefusal of(CsvRefusedException refused) {
        return new CsvRefusal(refused.headline(), refused.total(), refused.shown(), refused.problems().stream()
                .map(p -> new Problem(p.line(), refused.columnNumber(p), p.column(), p.message())).toList());
    }
}
