package org.migrationtracker.plan;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The plan module's files of the full export: the checklist steps, their values and their history. */
@Component
@Order(40)
class PlanExportPart extends TableExport {

    PlanExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("plan_steps.csv", "select * from plan_step order by step"),
                new File("plan_step_values.csv", "select * from plan_step_value order by step, field"),
                new File("plan_step_history.csv", "select * from plan_step_history order by id")));
    }
}
