package org.migrationtracker.plan.ui;

import org.springframework.jdbc.core.JdbcTemplate;

/** The plan's rows and the project's MX record, remembered before a test and put back after it (the database is shared). */
final class PlanTestData {

    private final JdbcTemplate jdbc;
    private final Object[] project;

    PlanTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.project = jdbc.queryForObject("select method, mx_points_to_cloud, mx_changed_at from migration_project",
                (rs, row) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3)});
        clearPlan();
    }

    void clearPlan() {
        jdbc.update("delete from plan_step_value");
        jdbc.update("delete from plan_step");
        jdbc.update("delete from plan_step_history");
    }

    void restore() {
        clearPlan();
        jdbc.update("update migration_project set method = ?, mx_points_to_cloud = ?, mx_changed_at = ?", project);
    }
}
