package org.migrationtracker.csv;

import org.migrationtracker.i18n.HasMessage;
import org.migrationtracker.i18n.Message;

import java.util.List;

/** A file refused whole: nothing was written. Carries every problem found (up to a limit) and their total. */
public class CsvRefusedException extends RuntimeException implements HasMessage {

    /** How many problems a refusal lists at most. */
    public static final int MAX_LISTED = 1_000;

    private final String fileName;
    private final List<CsvProblem> problems;
    private final int total;

    public CsvRefusedException(String fileName, List<CsvProblem> problems) {
        super(fileName);
        this.fileName = fileName;
        this.total = problems.size();
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
    }

    public String fileName() {
        return fileName;
    }

    public List<CsvProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }

    /** "x.csv was refused, nothing was imported: 3 problem(s), first: line 2, ..." */
    @Override
    public Message message() {
        return Message.of("csv.refused", fileName, total, problems.isEmpty() ? "-" : problems.getFirst().describe());
    }

    /** "x.csv was refused, nothing was imported" */
    public Message headline() {
        return Message.of("csv.refused.headline", fileName);
    }

    @Override
    public String getMessage() {
        return message().english();
    }
}
