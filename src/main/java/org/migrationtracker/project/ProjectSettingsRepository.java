package org.migrationtracker.project;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectSettingsRepository extends JpaRepository<ProjectSettings, Short> {
}
