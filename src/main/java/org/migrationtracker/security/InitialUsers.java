package org.migrationtracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes sure someone can sign in to a new installation: an initial admin (password from
 * {@code APP_ADMIN_PASSWORD}, or a random one printed once in the log), or with the {@code demo}
 * profile the demo users the README lists.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    /** The demo users and their passwords, as stated in the README. */
    static final String DEMO_PASSWORD_SUFFIX = "-demo";
    private static final String INITIAL_ADMIN = "admin";

    private final TrackerUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final String initialAdminPassword;

    InitialUsers(TrackerUserRepository repository, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                 Environment environment, Clock clock, PasswordPolicy policy,
                 @Value("${tracker.initial-admin.password:}") String initialAdminPassword) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.environment = environment;
        this.clock = clock;
        this.policy = policy;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> {
                if (environment.acceptsProfiles(Profiles.of("demo"))) {
                    seedDemoUsers();
                } else if (repository.count() == 0) {
                    createInitialAdmin();
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // another instance sharing the database created them at the same moment
            log.info("Initial users were created by another instance");
        }
    }

    /**
     * The demo users' passwords are in the README for anyone to read: they are never seeded into a database that
     * holds users of a real installation, whose data they would open.
     */
    private void seedDemoUsers() {
        var missing = DEMO_USERS.entrySet().stream()
                .filter(demo -> repository.findByUsername(demo.getKey()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        var others = repository.findAllByOrderByUsernameAsc().stream().filter(user -> !isDemoUser(user))
                .map(TrackerUser::getUsername).toList();
        if (!others.isEmpty()) {
            log.warn("The demo profile created no demo users: this database already holds {} tracker user(s) that are "
                    + "not demo users ({}), and the demo passwords are public. Start without the 'demo' profile, or "
                    + "with an empty database.", others.size(), String.join(", ", others));
            return;
        }
        for (var demo : missing) {
            String username = demo.getKey();
            repository.save(new TrackerUser(username, demo.getValue().displayName(),
                    passwordEncoder.encode(username + DEMO_PASSWORD_SUFFIX), demo.getValue().roles(), clock.instant()));
            log.info("Demo user '{}' created (password '{}{}')", username, username, DEMO_PASSWORD_SUFFIX);
        }
    }

    private boolean isDemoUser(TrackerUser user) {
        return DEMO_USERS.containsKey(user.getUsername())
                && passwordEncoder.matches(user.getUsername() + DEMO_PASSWORD_SUFFIX, user.getPasswordHash());
    }

    private record DemoUser(String displayName, Set<Role> roles) {
    }

    private static final Map<String, DemoUser> DEMO_USERS = demoUsers();

    private static Map<String, DemoUser> demoUsers() {
        var users = new LinkedHashMap<String, DemoUser>();
        users.put("admin", new DemoUser("Ada Admin", EnumSet.of(Role.ADMIN)));
        users.put("helpdesk", new DemoUser("Harry Helpdesk", EnumSet.of(Role.HELPDESK)));
        users.put("lead", new DemoUser("Lena Lead", EnumSet.of(Role.LEAD)));
        return Collections.unmodifiableMap(users);
    }

    private void createInitialAdmin() {
        boolean generated = initialAdminPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : initialAdminPassword;
        policy.problem(INITIAL_ADMIN, password).ifPresent(problem -> {
            throw new InitialAdminPasswordRefused(problem.english());
        });
        var admin = new TrackerUser(INITIAL_ADMIN, "Administrator", passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN), clock.instant());
        if (generated) {
            // it stands in the log for whoever reads it: the admin chooses their own at first sign-in
            admin.requirePasswordChange();
        }
        repository.save(admin);
        if (generated) {
            // Printed once: the hash is all that is stored. Set APP_ADMIN_PASSWORD to choose it instead.
            log.warn("No tracker users existed: created user 'admin' with the generated password '{}'. "
                    + "Sign in with it and choose your own.", password);
        } else {
            log.info("No tracker users existed: created user 'admin' with the password from APP_ADMIN_PASSWORD");
        }
    }
}
