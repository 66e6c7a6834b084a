package org.migrationtracker.benchmark.load;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What PostgreSQL did during a stretch of the load: the CPU its processes used (from {@code /proc}, Linux only; the
 * benchmark targets this machine) and the statements that took the most of its time ({@code pg_stat_statements},
 * which the benchmark loads through {@code tracker.embedded-db.settings.shared_preload_libraries}).
 */
final class PostgresActivity {

    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final JdbcTemplate jdbc;
    private final long ticksAtStart;
    private final long startNanos;

    private PostgresActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.execute("select pg_stat_statements_reset()");
        this.ticksAtStart = postgresTicks();
        this.startNanos = System.nanoTime();
    }

    /** From now on. */
    static PostgresActivity from(JdbcTemplate jdbc) {
        return new PostgresActivity(jdbc);
    }

    /** The CPU PostgreSQL used since the start, and its {@code top} statements by total time, as report lines. */
    List<String> report(int top) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpu = (postgresTicks() - ticksAtStart) / TICKS_PER_SECOND;
        var lines = new ArrayList<String>();
        lines.add(String.format("PostgreSQL CPU: %.0f%% of one core over %.0f s",
                cpu / seconds * 100, seconds));
        lines.add(String.format("  %9s %11s %8s %8s  %s", "calls", "total ms", "mean ms", "rows", "statement (the most time first)"));
        jdbc.query("""
                select calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
                from pg_stat_statements where query not like '%pg_stat_statements%'
                order by total_exec_time desc limit ?""", rs -> {
            String query = rs.getString("query");
            lines.add(String.format("  %,9d %,11.0f %8.2f %,8d  %s", rs.getLong("calls"), rs.getDouble("total_exec_time"),
                    rs.getDouble("mean_exec_time"), rs.getLong("rows"), query.length() > 160 ? query.substring(0, 160) + "…" : query));
        }, top);
        return lines;
    }

    /** User and system ticks of every process named postgres now. */
    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(PostgresActivity::ticksIfPostgres).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticksIfPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, close);
            if (!name.equals("postgres")) {
                return 0;
            }
            // after the name: state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime,
            // stime, cutime, cstime (the children's: the postmaster's counts backends that have ended)
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
