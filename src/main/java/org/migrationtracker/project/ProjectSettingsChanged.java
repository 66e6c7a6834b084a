package org.migrationtracker.project;

/** Published after the project's settings were saved. */
public record ProjectSettingsChanged(MigrationMethod method, boolean methodChanged) {
}
