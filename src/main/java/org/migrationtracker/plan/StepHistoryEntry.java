package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One recorded change of a step: who changed which part, from what to what. */
public record StepHistoryEntry(Instant at, String actor, String field, @Nullable String oldValue, @Nullable String newValue) {
}
