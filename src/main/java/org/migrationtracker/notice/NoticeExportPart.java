package org.migrationtracker.notice;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The notices' files of the full export: every notice with the text its user read (a mailed password masked, as kept),
 * the templates admins edited, and the schedule's settings.
 */
@Component
@Order(45)
class NoticeExportPart extends TableExport {

    NoticeExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("notices.csv", "select * from notice order by id"),
                new File("notice_templates.csv", "select * from notice_template order by kind, language"),
                new File("notice_settings.csv", "select * from notice_settings")));
    }
}
