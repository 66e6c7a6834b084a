package org.migrationtracker.batch;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The batch module's files of the full export: the batches with all their columns, their history and notes. */
@Component
@Order(30)
class BatchExportPart extends TableExport {

    BatchExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("batches.csv", "select * from migration_batch order by id"),
                new File("batch_history.csv", "select b.name as batch_name, h.* from batch_history h "
                        + "join migration_batch b on b.id = h.batch_id order by h.id"),
                new File("batch_notes.csv", "select b.name as batch_name, n.* from batch_note n "
                        + "join migration_batch b on b.id = n.batch_id order by n.id")));
    }
}
