package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.batch.RemovalGuard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the tracker finds for a step by itself, with a live count: {@link Outcome#MET} completes the step,
 * {@link Outcome#WARNING} is a problem to act on, {@link Outcome#INFO} just says where things stand.
 */
public record StepCheck(Outcome outcome, Message says) {

    public enum Outcome { MET, WARNING, INFO }

    /** The step's check against the facts; null for a step the tracker cannot check. */
    public static @Nullable StepCheck of(Step step, PlanFacts facts) {
        return switch (step.check()) {
            case NONE -> null;
            case PERMISSIONS -> facts.mailboxes() == 0 ? info("plan.check.no-inventory")
                    : facts.lackingPermissions() == 0 ? met("plan.check.permissions-met", facts.mailboxes())
                    : facts.method() == MigrationMethod.HYBRID ? info("plan.check.permissions-missing", facts.lackingPermissions())
                    : warn("plan.check.permissions-missing", facts.lackingPermissions());
            case UM_DISABLED -> facts.mailboxes() == 0 ? info("plan.check.no-inventory")
                    : facts.umEnabled() == 0 ? met("plan.check.um-met")
                    : warn("plan.check.um-enabled", facts.umEnabled());
            case DIRSYNC_OFF -> facts.directorySync() ? warn("plan.check.dirsync-on") : met("plan.check.dirsync-off");
            case DIRSYNC_ON -> facts.directorySync() ? info("plan.check.dirsync-licences", Mailbox.LICENCE_GRACE_DAYS)
                    : warn("plan.check.dirsync-required");
            case ENDPOINT -> facts.endpoints().isEmpty()
                    ? warn("plan.check.endpoint-missing", Message.of("endpoint.kind." + EndpointKind.of(facts.method()).name()))
                    : met("plan.check.endpoint-met", String.join(", ", facts.endpoints()));
            case MAILBOXES_MIGRATED -> facts.mailboxes() == 0 ? info("plan.check.no-inventory")
                    : facts.toMigrate() == 0 ? met("plan.check.migrated-met", facts.mailboxes())
                    : info("plan.check.to-migrate", facts.toMigrate(), facts.mailboxes());
            case MAIL_USERS -> facts.awaitingConversion() > 0 ? info("plan.check.conversion-waiting", facts.awaitingConversion())
                    : facts.mailboxes() > 0 && facts.toMigrate() == 0 ? met("plan.check.conversion-met")
                    : info("plan.check.conversion-later");
            case MX_SWITCH -> mx(facts);
            case WAIT_72H -> wait72h(facts);
            case BATCHES_REMOVABLE -> removals(facts);
            case LICENCES -> facts.licencesMissing() == 0
                    ? (facts.mailboxes() > 0 && facts.toMigrate() == 0 ? met("plan.check.licences-met") : info("plan.check.licences-none-missing"))
                    : facts.nearestLicenceDeadline() == null ? warn("plan.check.licences-missing", facts.licencesMissing())
                    : warn("plan.check.licences-deadline", facts.licencesMissing(), facts.nearestLicenceDeadline());
            case DECOMMISSION -> facts.method() == MigrationMethod.CUTOVER && facts.singleSignOn()
                    ? warn("plan.check.decommission-sso") : null;
        };
    }

    private static StepCheck mx(PlanFacts facts) {
        if (facts.mxPointsToCloud() && facts.mxChangedAt() == null) {
            return warn("plan.check.mx-undated");
        }
        if (facts.mxPointsToCloud() && facts.mxChangedAt() != null) {
            return facts.toMigrate() > 0 && facts.method() != MigrationMethod.HYBRID
                    ? warn("plan.check.mx-early", facts.mxChangedAt(), facts.toMigrate())
                    : met("plan.check.mx-met", facts.mxChangedAt());
        }
        return facts.toMigrate() > 0 ? warn("plan.check.mx-unmigrated", facts.toMigrate()) : info("plan.check.mx-ready");
    }

    private static StepCheck wait72h(PlanFacts facts) {
        if (!facts.mxPointsToCloud() || facts.mxChangedAt() == null) {
            return info("plan.check.wait-not-started");
        }
        var ends = facts.mxChangedAt().plus(RemovalGuard.MX_WAIT);
        if (facts.now().isBefore(ends)) {
            long hours = (Duration.between(facts.now(), ends).toMinutes() + 59) / 60;
            return info("plan.check.wait-running", ends, hours);
        }
        return met("plan.check.wait-met", ends);
    }

    private static StepCheck removals(PlanFacts facts) {
        if (facts.batches().isEmpty()) {
            return facts.mailboxes() > 0 && facts.toMigrate() == 0 ? met("plan.check.removed-all") : info("plan.check.no-batches");
        }
        List<String> removable = facts.batches().stream().filter(b -> b.finished() && b.blockers().isEmpty())
                .map(PlanFacts.BatchFact::name).toList();
        var waiting = facts.batches().stream().filter(b -> !b.finished() || !b.blockers().isEmpty()).toList();
        var nextAt = waiting.stream().map(PlanFacts.BatchFact::removableAt).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        if (waiting.isEmpty()) {
            return info("plan.check.removable-all", String.join(", ", removable));
        }
        var first = waiting.getFirst();
        Message why = first.finished() ? first.blockers().getFirst() : Message.of("plan.check.not-finished");
        if (removable.isEmpty()) {
            return nextAt == null ? info("plan.check.removable-none-because", waiting.size(), first.name(), why)
                    : info("plan.check.removable-none-from", waiting.size(), nextAt);
        }
        return nextAt == null
                ? info("plan.check.removable-some", removable.size(), String.join(", ", removable), waiting.size(), first.name(), why)
                : info("plan.check.removable-from", removable.size(), String.join(", ", removable), waiting.size(), nextAt);
    }

    private static StepCheck met(String key, Object... args) {
        return new StepCheck(Outcome.MET, Message.of(key, args));
    }

    private static StepCheck warn(String key, Object... args) {
        return new StepCheck(Outcome.WARNING, Message.of(key, args));
    }

    private static StepCheck info(String key, Object... args) {
        return new StepCheck(Outcome.INFO, Message.of(key, args));
    }
}
