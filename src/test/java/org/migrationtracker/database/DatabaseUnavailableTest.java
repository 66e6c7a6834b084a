package org.migrationtracker.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void a_connection_that_could_not_be_had_is_the_database_being_unavailable() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no transaction"))).isTrue();
    }

    @Test
    void connection_states_and_a_terminated_backend_are_found_among_the_causes() {
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("wrapped",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void a_refused_row_or_a_bug_is_not_the_database_being_unavailable() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("no state"))).isFalse();
    }
}
