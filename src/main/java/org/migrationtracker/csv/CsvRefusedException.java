package org.migrationtracker.csv;

import java.util.List;

/** A file refused whole: nothing was written. Carries every problem found (up to a limit) and their total. */
public class CsvRefusedException extends RuntimeException {

    /** How many problems a refusal lists at most. */
    public static final int MAX_LISTED = 1_000;

    private final String fileName;
    private final List<CsvProblem> problems;
    private final int total;

    public CsvRefusedException(String fileName, List<CsvProblem> problems) {
        super(fileName + " was refused, nothing was imported: " + problems.size() + " problem(s), first: "
                + (problems.isEmpty() ? "-" : problems.getFirst()));
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
}
