package org.migrationtracker.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;

/** A migration batch: what the tracker plans and what Exchange reports of it. */
@Entity
@Table(name = "migration_batch")
public class MigrationBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MigrationMethod method = MigrationMethod.STAGED;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_mode", nullable = false)
    private StartMode startMode = StartMode.MANUAL;

    private @Nullable LocalDate plannedStart;

    /** The day its mailboxes should be finalised by; a running batch past it is late. */
    private @Nullable LocalDate plannedEnd;

    @Column(name = "endpoint_name", nullable = false)
    private String endpointName = "";

    @Column(nullable = false)
    private String notes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchStatus status = BatchStatus.CREATED;

    @Column(name = "raw_status", nullable = false)
    private String rawStatus = "";

    @Column(name = "status_error", nullable = false)
    private String statusError = "";

    private @Nullable Instant lastSyncedAt;

    /** When it first ran in Exchange. */
    private @Nullable Instant startedAt;

    /** When it first reported Completed (or CompletedWithErrors). */
    private @Nullable Instant completedAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected MigrationBatch() {
        // for JPA
    }

    MigrationBatch(BatchDraft draft, MigrationMethod method, String who, Instant now) {
        this.method = method;
        this.createdAt = now;
        describe(draft, who, now);
        status(draft.startMode() == StartMode.AUTOMATIC ? BatchStatus.CREATED.after(BatchAction.START) : BatchStatus.CREATED, now);
    }

    /** The new status, and the first start and completion as they happen. */
    private void status(BatchStatus newStatus, Instant now) {
        status = newStatus;
        if (newStatus.isRunning() && startedAt == null) {
            startedAt = now;
        }
        if ((newStatus == BatchStatus.COMPLETED || newStatus == BatchStatus.COMPLETED_WITH_ERRORS) && completedAt == null) {
            completedAt = now;
            startedAt = startedAt == null ? now : startedAt;
        }
    }

    void describe(BatchDraft draft, String who, Instant now) {
        BatchRules.nameProblem(draft.name()).ifPresent(problem -> {
            throw new Refused(problem);
        });
        if (status.hasStarted() && !draft.name().equals(name)) {
            throw new Refused("batch.cannot-rename", name);
        }
        BatchRules.windowProblem(draft).ifPresent(problem -> {
            throw new Refused(problem); // the service refuses it first, in words; the entity keeps its invariant
        });
        name = draft.name();
        startMode = draft.startMode();
        plannedStart = draft.plannedStart();
        plannedEnd = draft.plannedEnd();
        endpointName = draft.endpointName();
        notes = draft.notes();
        touch(who, now);
    }

    /** Refused, with its status and the statuses that would allow it, when the batch's status does not allow the action. */
    void require(BatchAction action) {
        if (status.allows(action)) {
            return;
        }
        var reason = status == BatchStatus.REMOVED ? Message.of("batch.removed-already")
                : Message.of("batch.status-not-allowed", status.exchangeName(),
                        String.join(", ", BatchStatus.allowing(action).stream().map(BatchStatus::exchangeName).toList()));
        throw new BatchRefused(Message.of("batch.cannot", action.verb(), name), reason);
    }

    /** Does the action (refused as {@link #require} says); the status it had before. */
    BatchStatus perform(BatchAction action, String error, String who, Instant now) {
        require(action);
        var before = status;
        status(status.after(action), now);
        statusError = error;
        touch(who, now);
        return before;
    }

    /** Some of its mailboxes failed: Synced and Completed become their with-errors form. */
    void markErrors(String who, Instant now) {
        status(status.withErrors(), now);
        touch(who, now);
    }

    void recordExchangeStatus(String raw, @Nullable BatchStatus mapped, @Nullable Instant lastSynced, String error,
                              String who, Instant now) {
        rawStatus = raw;
        if (mapped != null) {
            status(mapped, now);
        }
        if (lastSynced != null) {
            lastSyncedAt = lastSynced;
        }
        statusError = error;
        touch(who, now);
    }

    void synced(Instant at) {
        lastSyncedAt = at;
    }

    private void touch(String who, Instant now) {
        updatedBy = who;
        updatedAt = now;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getName() {
        return name;
    }

    public MigrationMethod getMethod() {
        return method;
    }

    public StartMode getStartMode() {
        return startMode;
    }

    public @Nullable LocalDate getPlannedStart() {
        return plannedStart;
    }

    public @Nullable LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public String getEndpointName() {
        return endpointName;
    }

    public String getNotes() {
        return notes;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public String getRawStatus() {
        return rawStatus;
    }

    public String getStatusError() {
        return statusError;
    }

    public @Nullable Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    public BatchDraft draft() {
        return new BatchDraft(name, startMode, plannedStart, endpointName, notes, plannedEnd);
    }
}
