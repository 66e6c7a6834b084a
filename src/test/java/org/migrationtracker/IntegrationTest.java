package org.migrationtracker;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one configuration of the whole application in tests: on a random port against one embedded PostgreSQL per
 * test JVM. Every full-application test uses it unchanged, so the context is built once and cached. The module tests
 * ({@code @ApplicationModuleTest}, e.g. {@code DashboardModuleTest}) start only part of the application, each with
 * an embedded PostgreSQL of its own (the {@code database} module), and close it after their class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {

    /** The initial admin's password in tests (see application-test.properties). */
    String ADMIN_PASSWORD = "First-start-secret-7";
}
