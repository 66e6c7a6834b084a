package org.migrationtracker.batch;

import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface MigrationBatchRepository extends JpaRepository<MigrationBatch, Long> {

    @Query("select b from MigrationBatch b where lower(b.name) = lower(:name)")
    Optional<MigrationBatch> findByName(String name);

    /** The batch locked until the transaction ends: two admins adding to it at once are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from MigrationBatch b where lower(b.name) = lower(:name)")
    Optional<MigrationBatch> findByNameForUpdate(String name);

    /** The batch of that name (in any case, surrounding spaces ignored), or refused: there is none. */
    default MigrationBatch named(String name) {
        return findByName(name.strip()).orElseThrow(() -> BatchRefused.noSuchBatch(name));
    }

    @Query("select b from MigrationBatch b order by case when b.status = org.migrationtracker.batch.BatchStatus.REMOVED then 1 else 0 end, b.plannedStart nulls last, b.name")
    List<MigrationBatch> findAllForBoard();

    @Query("select count(b) from MigrationBatch b where b.status <> org.migrationtracker.batch.BatchStatus.REMOVED")
    long countOpen();
}
