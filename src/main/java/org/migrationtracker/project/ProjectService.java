package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Reads and changes the project's settings. */
@Service
public class ProjectService {

    private static final short THE_PROJECT = 1;

    private final ProjectSettingsRepository repository;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    ProjectService(ProjectSettingsRepository repository, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
                   CurrentUser currentUser) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProjectSettings current() {
        return load();
    }

    /** The method the rules use now; for other modules' services, which check their own callers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MigrationMethod method() {
        return load().getMethod();
    }

    /**
     * The method Microsoft's guidance recommends for these settings and what it says about them, with the inventory's
     * count of mailboxes once there is one (the mailbox module's view of its size, docs/adr/0024: the mailbox module
     * depends on this one, so this one cannot call it).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProjectAdvice.Advice advice(ProjectSettingsData settings) {
        Integer inventory = jdbc.queryForObject("select mailboxes from mailbox_inventory_size", Integer.class);
        return ProjectAdvice.of(settings, inventory == null ? 0 : inventory);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProjectSettings update(ProjectSettingsData data, long expectedVersion) {
        var settings = load();
        if (settings.getVersion() != expectedVersion) {
            throw new ProjectSettingsConflict(Message.of("project.conflict", settings.getUpdatedBy(), settings.getUpdatedAt()));
        }
        var previousMethod = settings.getMethod();
        settings.apply(data, currentUser.name(), clock.instant());
        repository.flush();
        events.publishEvent(new ProjectSettingsChanged(settings.getMethod(), previousMethod != settings.getMethod()));
        return settings;
    }

    /** Records where the MX record points and since when (the removal guard reads it). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProjectSettings recordMx(boolean pointsToCloud, @Nullable Instant changedAt,
                                    long expectedVersion) {
        var settings = load();
        if (settings.getVersion() != expectedVersion) {
            throw new ProjectSettingsConflict(Message.of("project.conflict", settings.getUpdatedBy(), settings.getUpdatedAt()));
        }
        return writeMx(settings, pointsToCloud, changedAt);
    }

    /**
     * Records the MX switch from the project plan's step "Point MX to Microsoft 365" (admins and the project lead edit
     * the plan; the step's own version guards against concurrent edits).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public ProjectSettings recordMxSwitch(boolean pointsToCloud, @Nullable Instant changedAt) {
        return writeMx(load(), pointsToCloud, changedAt);
    }

    private ProjectSettings writeMx(ProjectSettings settings, boolean pointsToCloud, @Nullable Instant changedAt) {
        settings.recordMx(pointsToCloud, changedAt, currentUser.name(), clock.instant());
        repository.flush();
        events.publishEvent(new ProjectSettingsChanged(settings.getMethod(), false));
        return settings;
    }

    private ProjectSettings load() {
        return repository.findById(THE_PROJECT).orElseThrow(() -> new IllegalStateException("The migration project row is missing"));
    }

    /** A save from a stale form: someone else saved first. */
    public static class ProjectSettingsConflict extends Conflict {

        public ProjectSettingsConflict(Message message) {
            super(message);
        }
    }
}
