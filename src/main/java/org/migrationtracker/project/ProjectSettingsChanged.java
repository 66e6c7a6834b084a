package org.migrationtracker.project;

import org.migrationtracker.live.LiveEvent;

/** Published after the project's settings were saved. */
public record ProjectSettingsChanged(MigrationMethod method, boolean methodChanged) implements LiveEvent {
}
