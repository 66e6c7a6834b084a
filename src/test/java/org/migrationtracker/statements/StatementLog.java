package org.migrationtracker.statements;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Records the SQL statements one action sends to PostgreSQL, on the calling thread only: background threads (the
 * live-update relay, the session store, the security log writer) run on threads of their own and are not counted.
 * One execution of a JDBC batch counts as one statement; its size is kept beside it.
 */
final class StatementLog implements QueryExecutionListener {

    /** The statements of the action running on this thread; null while nothing is recorded. */
    private final ThreadLocal<List<Statement>> recording = new ThreadLocal<>();

    /** One round trip: the SQL (the first of a batch of several SQL texts), and how many rows a batch carried. */
    record Statement(String sql, boolean batch, int batchSize) {

        @Override
        public String toString() {
            return (batch ? "[batch of " + batchSize + "] " : "") + sql.replaceAll("\\s+", " ").strip();
        }
    }

    /** What an action sent: its statements in order, and the result it returned. */
    record Recorded<T>(String action, List<Statement> statements, T result) {

        int count() {
            return statements.size();
        }

        List<Integer> batchSizes() {
            return statements.stream().filter(Statement::batch).map(Statement::batchSize).toList();
        }

        /** The statement list, numbered, as a failure message shows it. */
        String listing() {
            var lines = new ArrayList<String>();
            for (int i = 0; i < statements.size(); i++) {
                lines.add(String.format("  %2d. %s", i + 1, statements.get(i)));
            }
            return action + ": " + count() + " statements, JDBC batch sizes " + batchSizes() + "\n"
                    + String.join("\n", lines);
        }
    }

    <T> Recorded<T> record(String action, Supplier<T> work) {
        var statements = new ArrayList<Statement>();
        recording.set(statements);
        try {
            T result = work.get();
            return new Recorded<>(action, List.copyOf(statements), result);
        } finally {
            recording.remove();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        var statements = recording.get();
        if (statements == null) {
            return;
        }
        String sql = queries.stream().map(QueryInfo::getQuery).distinct().collect(Collectors.joining("; "));
        statements.add(new Statement(sql, execution.isBatch(), execution.isBatch() ? execution.getBatchSize() : 1));
    }
}
