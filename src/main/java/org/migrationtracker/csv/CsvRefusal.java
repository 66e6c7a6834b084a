package org.migrationtracker.csv;

import org.migrationtracker.i18n.Message;

import java.util.List;

/**
 * A refused file as an API answers it (422): the headline, how many problems there were and the ones listed.
 * One shape for every import's API, so clients read a refusal the same way everywhere.
 */
public record CsvRefusal(Message message, int total, List<CsvProblem> problems) {

    public static CsvRefusal of(CsvRefusedException refused) {
        return new CsvRefusal(refused.headline(), refused.total(), refused.problems());
    }
}
