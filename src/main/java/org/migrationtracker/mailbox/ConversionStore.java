package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** What the mail-user conversion reads: the mailboxes' X500 addresses. */
@Repository
class ConversionStore {

    private final JdbcTemplate jdbc;

    ConversionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> x500Addresses(long mailboxId) {
        return jdbc.query("select x500_addresses from mailbox where id = ?", (rs, n) -> strings(rs.getArray(1)), mailboxId)
                .stream().findFirst().orElse(List.of());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
