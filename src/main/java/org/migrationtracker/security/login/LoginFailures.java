package org.migrationtracker.security.login;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The failed sign-ins per user name and per client address in {@code login_failure}, shared by every instance: a
 * failure counted by one is seen by the next sign-in on any other. Each change reads its row {@code for update}, so
 * two instances counting the same name at once both count.
 */
@Component
class LoginFailures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SignInLimits limits;
    private final SignInRules rules;

    LoginFailures(JdbcClient jdbc, TransactionTemplate transaction, SignInLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.limits = limits;
        this.rules = new SignInRules(limits, clock);
    }

    /** What one failure changed: the counts after it, what it locked anew, and how long its answer waits. */
    record Failure(FailureCount user, @Nullable FailureCount address, List<SignInLock> lockedAnew, Duration delay) {
    }

    /** The lock in force on this user name or, failing that, on this client address. */
    Optional<SignInLock> lockOn(String username, @Nullable String address) {
        var user = lockOf(SignInLock.Scope.USER, SignInLock.userKey(username));
        return user.isPresent() || address == null ? user : lockOf(SignInLock.Scope.ADDRESS, SignInLock.addressKey(address));
    }

    Failure failed(String username, @Nullable String address) {
        return transaction.execute(status -> {
            var lockedAnew = new ArrayList<SignInLock>();
            var user = count(SignInLock.Scope.USER, SignInLock.userKey(username), lockedAnew);
            var byAddress = address == null ? null : count(SignInLock.Scope.ADDRESS, SignInLock.addressKey(address), lockedAnew);
            return new Failure(user, byAddress, List.copyOf(lockedAnew), rules.delayAfter(user, byAddress));
        });
    }

    /** A successful sign-in: what it forgets (the user name's failures, not the address's) is {@link SignInRules}'. */
    void succeeded(String username, @Nullable String address) {
        forgetOnSuccess(SignInLock.Scope.USER, SignInLock.userKey(username));
        if (address != null) {
            forgetOnSuccess(SignInLock.Scope.ADDRESS, SignInLock.addressKey(address));
        }
    }

    /** Every lock in force now, the soonest to end first. */
    List<SignInLock> locks() {
        return jdbc.sql("select scope, key, failures, window_start, locked_until from login_failure "
                        + "where locked_until > ? order by locked_until, scope, key")
                .param(Timestamp.from(rules.now()))
                .query((rs, row) -> new SignInLock(SignInLock.Scope.valueOf(rs.getString("scope")), rs.getString("key"),
                        rs.getTimestamp("locked_until").toInstant()))
                .list();
    }

    /** Lifts a lock and forgets its failures; false when it was not locked (any more). */
    boolean unlock(SignInLock.Scope scope, String key) {
        return jdbc.sql("delete from login_failure where scope = ? and key = ? and locked_until > ?")
                .params(scope.name(), key, Timestamp.from(rules.now())).update() > 0;
    }

    /** Counts whose window has passed and whose lock (if any) has ended go, every ten minutes, on every instance. */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        var now = rules.now();
        for (var scope : SignInLock.Scope.values()) {
            jdbc.sql("delete from login_failure where scope = ? and window_start <= ? and (locked_until is null or locked_until <= ?)")
                    .params(scope.name(), Timestamp.from(now.minus(limits.of(scope).window())), Timestamp.from(now))
                    .update();
        }
    }

    private void forgetOnSuccess(SignInLock.Scope scope, String key) {
        if (rules.successForgets(scope)) {
            jdbc.sql("delete from login_failure where scope = ? and key = ?").params(scope.name(), key).update();
        }
    }

    private Optional<SignInLock> lockOf(SignInLock.Scope scope, String key) {
        return jdbc.sql("select failures, window_start, locked_until from login_failure where scope = ? and key = ?")
                .params(scope.name(), key).query(LoginFailures::row).optional()
                .filter(rules::isLocked)
                .map(count -> new SignInLock(scope, key, count.lockedUntil()));
    }

    private FailureCount count(SignInLock.Scope scope, String key, List<SignInLock> lockedAnew) {
        var now = Timestamp.from(rules.now());
        jdbc.sql("insert into login_failure (scope, key, failures, window_start) values (?, ?, 0, ?) on conflict do nothing")
                .params(scope.name(), key, now).update();
        var before = jdbc.sql("select failures, window_start, locked_until from login_failure where scope = ? and key = ? for update")
                .params(scope.name(), key).query(LoginFailures::row).single();
        var after = rules.afterFailure(scope, before.failures() == 0 ? null : before);
        jdbc.sql("update login_failure set failures = ?, window_start = ?, locked_until = ? where scope = ? and key = ?")
                .params(after.failures(), Timestamp.from(after.windowStart()),
                        after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()), scope.name(), key)
                .update();
        if (rules.locksAnew(before, after)) {
            lockedAnew.add(new SignInLock(scope, key, after.lockedUntil()));
        }
        return after;
    }

    private static FailureCount row(ResultSet rs, int row) throws SQLException {
        var lockedUntil = rs.getTimestamp("locked_until");
        return new FailureCount(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
