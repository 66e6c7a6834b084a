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
import java.util.EnumSet;
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

    private final TrackerUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;
    private final String initialAdminPassword;

    InitialUsers(TrackerUserRepository repository, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                 Environment environment, Clock clock,
                 @Value("${tracker.initial-admin.password:}") String initialAdminPassword) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.environment = environment;
        this.clock = clock;
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

    private void seedDemoUsers() {
        seedDemoUser("admin", "Ada Admin", EnumSet.of(Role.ADMIN));
        seedDemoUser("helpdesk", "Harry Helpdesk", EnumSet.of(Role.HELPDESK));
        seedDemoUser("lead", "Lena Lead", EnumSet.of(Role.LEAD));
    }

    private void seedDemoUser(String username, String displayName, Set<Role> roles) {
        if (repository.findByUsername(username).isEmpty()) {
            repository.save(new TrackerUser(username, displayName,
                    passwordEncoder.encode(username + DEMO_PASSWORD_SUFFIX), roles, clock.instant()));
            log.info("Demo user '{}' created (password '{}{}')", username, username, DEMO_PASSWORD_SUFFIX);
        }
    }

    private void createInitialAdmin() {
        boolean generated = initialAdminPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : initialAdminPassword;
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is not acceptable: " + problem.english());
        });
        repository.save(new TrackerUser("admin", "Administrator", passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN), clock.instant()));
        if (generated) {
            // Printed once: the hash is all that is stored. Set APP_ADMIN_PASSWORD to choose it instead.
            log.warn("No tracker users existed: created user 'admin' with the generated password '{}'. "
                    + "Sign in and change it under Users.", password);
        } else {
            log.info("No tracker users existed: created user 'admin' with the password from APP_ADMIN_PASSWORD");
        }
    }
}
