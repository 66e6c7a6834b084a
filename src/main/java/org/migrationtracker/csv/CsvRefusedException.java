package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.HasMessage;
import org.migrationtracker.i18n.Message;

import java.util.List;

/** A file refused whole: nothing was written. Carries every problem found (up to a limit) and their total. */
public class CsvRefusedException extends RuntimeException implements HasMessage {

    /** How many problems a refusal lists at most. */
    public static final int MAX_LISTED = 1_000;

    private final String fileName;
    private final List<String> header;
    private final List<CsvProblem> problems;
    private final int total;

    public CsvRefusedException(String fileName, List<CsvProblem> problems) {
        this(fileName, List.of(), problems);
    }

    /** @param header the file's header, to number the problems' columns */
    public CsvRefusedException(String fileName, List<String> header, List<CsvProblem> problems) {
        super(fileName);
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.total = problems.size();
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
    }

    /** The 1-based number of the problem's column in the header, when it names one of the header's columns. */
    public @Nullable Integer columnNumber(CsvProblem problem) {
        if (problem.column().isEmpty()) {
            return null;
        }
        int index = header.indexOf(problem.column());
        if (index < 0) {
            String wanted = CsvTable.normalize(problem.column());
            for (int i = 0; i < header.size() && index < 0; i++) {
                if (CsvTable.normalize(header.get(i)).equals(wanted)) {
                    index = i;
                }
            }
        }
        return index < 0 ? null : index + 1;
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

    /** How many problems are listed: all of them, or the first {@link #MAX_LISTED}. */
    public int shown() {
        return problems.size();
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
