package org.migrationtracker.project;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The project module's files of the full export: the project settings and the migration endpoints. */
@Component
@Order(10)
class ProjectExportPart extends TableExport {

    ProjectExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("project_settings.csv", "select * from migration_project"),
                new File("endpoints.csv", "select * from migration_endpoint order by id")));
    }
}
