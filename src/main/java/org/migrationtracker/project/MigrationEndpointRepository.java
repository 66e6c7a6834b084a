package org.migrationtracker.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface MigrationEndpointRepository extends JpaRepository<MigrationEndpoint, Long> {

    @Query("select e from MigrationEndpoint e where lower(e.name) = lower(?1)")
    Optional<MigrationEndpoint> findByName(String name);

    @Query("select e from MigrationEndpoint e order by lower(e.name)")
    List<MigrationEndpoint> findAllByName();
}
