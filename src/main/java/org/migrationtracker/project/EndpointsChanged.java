package org.migrationtracker.project;

import org.migrationtracker.live.LiveEvent;

/** The list of migration endpoints changed: open screens that show it reload (on every instance). */
public record EndpointsChanged() implements LiveEvent {
}
