package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;

/**
 * The statements behind a grid page and the helpdesk search, for benchmarks that print their query plans or time
 * them directly in JDBC: the same SQL the store runs, read from the store.
 */
public final class MailboxPlans {

    private MailboxPlans() {
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} of a page's id query, as the store reads it with this total. */
    public static String explainPage(NamedParameterJdbcTemplate named, MailboxFilter filter, MailboxSort sort, boolean ascending,
                                     int offset, int limit, @Nullable Integer total) {
        var query = MailboxStore.idsQuery(filter, sort, ascending, PageWindow.of(offset, limit, total));
        return named.queryForObject("explain (analyze, buffers, format json) " + query.sql(), query.params(), String.class);
    }

    /** The bare index query: a page's ids by {@code OFFSET} from the start, as the grid read them before issue 16. */
    public static List<Long> bareIds(NamedParameterJdbcTemplate named, MailboxFilter filter, MailboxSort sort, boolean ascending,
                                     int offset, int limit) {
        var query = MailboxStore.idsQuery(filter, sort, ascending, PageWindow.of(offset, limit, null));
        return named.queryForList(query.sql(), query.params(), Long.class);
    }

    /** The search's exact-address statement, explained. */
    public static String explainSearchExact(JdbcTemplate jdbc, String query) {
        return jdbc.queryForObject("explain (analyze, buffers, format json) " + MailboxStore.SEARCH_EXACT, String.class, query, query);
    }

    /** The search's names-that-start-with statement, explained (the part before an @, as the store does). */
    public static String explainSearchPrefix(JdbcTemplate jdbc, String query, int limit) {
        String near = query.contains("@") ? query.substring(0, query.indexOf('@')) : query;
        return jdbc.queryForObject("explain (analyze, buffers, format json) " + MailboxStore.SEARCH_PREFIX, String.class, near, limit);
    }

    /** The search's nearest-names statement, explained (the part before an @, as the store does). */
    public static String explainSearchNearest(JdbcTemplate jdbc, String query, int limit) {
        String near = query.contains("@") ? query.substring(0, query.indexOf('@')) : query;
        return jdbc.queryForObject("explain (analyze, buffers, format json) " + MailboxStore.SEARCH_NEAREST, String.class, near, limit * 4);
    }
}
