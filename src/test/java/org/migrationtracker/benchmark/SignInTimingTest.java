package org.migrationtracker.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.login.SignInAttempts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the median time of 50 refused sign-ins over HTTP Basic each for a wrong password of an existing user, an
 * unknown user, a disabled user (right password) and a locked user (right password): all four cost one bcrypt check,
 * so a caller cannot tell them apart by time (docs/adr/0028). Asserts only what holds on a busy machine: each median
 * within a factor of two of the wrong password's. Run with {@code ./mvnw -Pbenchmark test -Dtest=SignInTimingTest}.
 */
@Tag("benchmark")
@IntegrationTest
class SignInTimingTest {

    private static final int SIGN_INS = 50;
    private static final int WARM_UP = 10;

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    /** One kind of refused sign-in: who, with which password, from which client. */
    private record Case(String name, String username, String password, SignInAttempts client, boolean keepCount) {
    }

    @Test
    void wrong_password_unknown_disabled_and_locked_users_take_comparable_time() {
        var existing = SignInAttempts.newUser(users, jdbc);
        var disabled = SignInAttempts.newUser(users, jdbc);
        MailboxTestData.asAdmin(() -> users.update(disabled.getId(), disabled.getVersion(), "Leaver",
                EnumSet.of(Role.HELPDESK), false));
        var locked = SignInAttempts.newUser(users, jdbc).getUsername();
        var lockedClient = new SignInAttempts(port);
        lockedClient.wrongPasswords(locked, 5);
        var cases = List.of(
                new Case("wrong password", existing.getUsername(), "not-the-password", new SignInAttempts(port), false),
                new Case("unknown user", "nobody-" + UUID.randomUUID(), SignInAttempts.PASSWORD, new SignInAttempts(port), false),
                new Case("disabled user", disabled.getUsername(), SignInAttempts.PASSWORD, new SignInAttempts(port), false),
                new Case("locked user", locked, SignInAttempts.PASSWORD, lockedClient, true));

        var times = new LinkedHashMap<String, List<Long>>();
        cases.forEach(c -> times.put(c.name(), new ArrayList<>()));
        // in turns, so a slow moment of the machine falls on every case alike
        for (int round = 0; round < WARM_UP + SIGN_INS; round++) {
            for (var c : cases) {
                long nanos = refusedSignIn(c);
                if (round >= WARM_UP) {
                    times.get(c.name()).add(nanos);
                }
            }
        }

        var medians = new LinkedHashMap<String, Double>();
        times.forEach((name, list) -> medians.put(name, median(list)));
        print(medians);
        double reference = medians.get("wrong password");
        assertThat(medians).allSatisfy((name, median) -> assertThat(median / reference).as(name + " against a wrong password")
                .isBetween(0.5, 2.0));
    }

    /** One sign-in that must be refused; the counts of a case that is not about the lock are cleared first (untimed). */
    private long refusedSignIn(Case c) {
        if (!c.keepCount()) {
            jdbc.update("delete from login_failure where key in (?, ?)", c.username(), c.client().address());
        }
        long start = System.nanoTime();
        var response = c.client().basic(c.username(), c.password());
        long nanos = System.nanoTime() - start;
        assertThat(response.statusCode()).as(c.name()).isEqualTo(401);
        return nanos;
    }

    private static double median(List<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return median / 1e6;
    }

    private static void print(Map<String, Double> medians) {
        var lines = new ArrayList<String>();
        lines.add(String.format("%-16s %10s %16s", "refused sign-in", "median ms", "× wrong password"));
        double reference = medians.get("wrong password");
        medians.forEach((name, median) -> lines.add(String.format("%-16s %10.1f %16.2f", name, median, median / reference)));
        System.out.println("\n=== Sign-in timing: " + SIGN_INS + " refused HTTP Basic sign-ins each (after " + WARM_UP
                + " untimed), GET " + "/api/v1/project ===\n" + String.join("\n", lines) + "\n");
    }
}
