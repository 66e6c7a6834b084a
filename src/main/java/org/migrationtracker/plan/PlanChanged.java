package org.migrationtracker.plan;

import org.migrationtracker.live.LiveEvent;

/** A checklist step was changed: open plans, timelines and dashboards reload it (on every instance). */
public record PlanChanged(String step) implements LiveEvent {
}
