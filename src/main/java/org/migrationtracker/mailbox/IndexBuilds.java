package org.migrationtracker.mailbox;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the secondary indexes a first load dropped ({@link FirstLoad}) once the load has committed, two at once on
 * two connections (docs/adr/0046). Inside the load's transaction they could only be built one after another, on its
 * one connection; the trigram GiST alone takes as long as all the b-trees together.
 * <p>
 * Each index waits in {@code pending_index}, written in the load's own transaction; the transaction that builds an
 * index deletes its row, so a crash at any moment leaves either the index or its row, and {@link #buildLeftOver} builds
 * what is left when the app starts again. A build first takes the table's share lock (the lock the build takes
 * anyway) and then its row, skipping a row another build holds: another instance or a second call never builds an
 * index twice, and a load, which locks the table before it writes rows here, never waits on a build that waits on it.
 * Until its indexes are built the table is read without them: every screen works, the grid and the search slower.
 */
@Component
public class IndexBuilds {

    private static final Logger log = LoggerFactory.getLogger(IndexBuilds.class);
    /** Builds at once, each on a connection of its own. */
    static final int CONNECTIONS = 2;

    private record Pending(String name, String table) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    /** A transaction of its own: start() runs in a load's afterCommit, where the load's connection is still bound. */
    private final TransactionTemplate ownTransaction;
    private final ExecutorService builders = Executors.newFixedThreadPool(CONNECTIONS,
            Thread.ofPlatform().name("index-build-", 1).daemon().factory());
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    IndexBuilds(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    /** At start: the indexes a first load left unbuilt (the app stopped before they were), if there are any. */
    @EventListener(ApplicationReadyEvent.class)
    void buildLeftOver() {
        Integer left = jdbc.queryForObject("select count(*) from pending_index", Integer.class);
        if (left != null && left > 0) {
            log.warn("{} indexes a first load dropped were not built again (the app stopped first): building them now", left);
            start();
        }
    }

    /**
     * Starts building every pending index, the largest kinds first (trigram GiST, then GIN, then b-trees), so that the
     * two connections finish together; then analyses their tables, so that the planner has the indexes' statistics.
     */
    synchronized CompletableFuture<Void> start() {
        List<Pending> pending = ownTransaction.execute(status -> jdbc.query("""
                select name, table_name from pending_index
                order by position(' USING gist ' in definition) > 0 desc, position(' USING gin ' in definition) > 0 desc, name""",
                (rs, n) -> new Pending(rs.getString(1), rs.getString(2))));
        if (pending == null || pending.isEmpty()) {
            return running;
        }
        var builds = pending.stream().map(index -> CompletableFuture.runAsync(() -> build(index), builders))
                .toArray(CompletableFuture[]::new);
        List<String> tables = pending.stream().map(Pending::table).distinct().toList();
        var analysed = CompletableFuture.allOf(builds).thenRunAsync(() -> tables.forEach(this::analyse), builders);
        running = CompletableFuture.allOf(running, analysed);
        return running;
    }

    /** Completes once the builds started so far have ended (each built, or its failure logged and its row kept). */
    public synchronized CompletableFuture<Void> built() {
        return running;
    }

    /** How many indexes wait to be built (or are being built). */
    public int pending() {
        Integer count = jdbc.queryForObject("select count(*) from pending_index", Integer.class);
        return count == null ? 0 : count;
    }

    private void build(Pending index) {
        long started = System.nanoTime();
        try {
            boolean built = Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.execute("lock table " + index.table() + " in share mode");
                var definition = jdbc.queryForList("select definition from pending_index where name = ? for update skip locked",
                        String.class, index.name());
                if (definition.isEmpty()) {
                    return false; // built already, or being built by another instance
                }
                jdbc.execute("set local maintenance_work_mem = '" + FirstLoad.BUILD_MEMORY + "'");
                jdbc.execute(ifNotExists(definition.getFirst()));
                jdbc.update("delete from pending_index where name = ?", index.name());
                return true;
            }));
            if (built) {
                log.info("index {} built again after a first load in {} ms", index.name(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (DataAccessException | IllegalStateException e) {
            log.error("index {} could not be built again; the next start tries again: {}", index.name(), e.getMessage(), e);
        }
    }

    private void analyse(String table) {
        try {
            jdbc.execute("analyze " + table);
        } catch (DataAccessException e) {
            log.warn("analyze {} after its index builds failed; autovacuum analyses it later: {}", table, e.getMessage());
        }
    }

    /** {@code pg_get_indexdef}'s "CREATE INDEX name ON ..." as "CREATE INDEX IF NOT EXISTS name ON ...". */
    static String ifNotExists(String definition) {
        return definition.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ");
    }

    @PreDestroy
    void stop() {
        builders.shutdownNow(); // a build cut short rolls back; its row stays for the next start
    }
}
