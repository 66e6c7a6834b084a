package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Facts and recorded steps for the plan's rule tests, at a pinned instant. */
final class PlanFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private PlanFixtures() {
    }

    /** What the tracker knows, changed one part at a time; the defaults are an inventory with nothing to act on. */
    static final class Facts {
        MigrationMethod method;
        boolean directorySync;
        boolean singleSignOn;
        boolean mxPointsToCloud;
        @Nullable Instant mxChangedAt;
        int mailboxes = 100;
        int toMigrate = 100;
        int umEnabled;
        int lackingPermissions;
        int licencesMissing;
        @Nullable LocalDate nearestLicenceDeadline;
        int awaitingConversion;
        List<String> endpoints = new ArrayList<>(List.of("ContosoOA"));
        List<PlanFacts.BatchFact> batches = new ArrayList<>();
        Instant now = NOW;

        Facts(MigrationMethod method) {
            this.method = method;
            this.directorySync = method == MigrationMethod.STAGED || method == MigrationMethod.HYBRID;
        }

        Facts mx(Instant at) {
            mxPointsToCloud = true;
            mxChangedAt = at;
            return this;
        }

        Facts migrated() {
            toMigrate = 0;
            return this;
        }

        PlanFacts build() {
            return new PlanFacts(method, directorySync, singleSignOn, mxPointsToCloud, mxChangedAt, mailboxes, toMigrate,
                    umEnabled, lackingPermissions, licencesMissing, nearestLicenceDeadline, awaitingConversion, endpoints,
                    batches, now);
        }
    }

    static Facts facts(MigrationMethod method) {
        return new Facts(method);
    }

    static StepRecord recorded(Step step, StepStatus status) {
        return recorded(step, status, null, null, Map.of());
    }

    static StepRecord recorded(Step step, StepStatus status, @Nullable LocalDate dueOn, @Nullable Instant doneAt,
                               Map<StepField, String> values) {
        return new StepRecord(step, status, "lead", dueOn, doneAt, "", values, NOW.minusSeconds(3_600), "lead", 1);
    }

    static StepChange change(StepStatus status, Map<StepField, String> values) {
        return new StepChange(status, null, null, "", values);
    }
}
