package org.migrationtracker.mailbox;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The mailbox module's files of the full export: every mailbox with all its columns, the databases, history, notes. */
@Component
@Order(20)
class MailboxExportPart extends TableExport {

    MailboxExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("mailboxes.csv", "select * from mailbox order by id"),
                new File("mailbox_databases.csv", "select * from mailbox_database order by name_key"),
                new File("mailbox_history.csv", "select m.primary_address, h.* from mailbox_history h "
                        + "join mailbox m on m.id = h.mailbox_id order by h.id"),
                new File("mailbox_notes.csv", "select m.primary_address, n.* from mailbox_note n "
                        + "join mailbox m on m.id = n.mailbox_id order by n.id")));
    }
}
