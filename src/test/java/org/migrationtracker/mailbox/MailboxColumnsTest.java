package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The one declared list of mailbox columns is the table, and a mailbox survives the trip through it. */
@IntegrationTest
class MailboxColumnsTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_declared_columns_are_exactly_the_columns_of_the_mailbox_table() {
        var table = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'mailbox'", String.class);

        var declared = MailboxColumns.ALL.stream().filter(MailboxColumn::inTable).map(MailboxColumn::name).toList();

        assertThat(declared).as("a column added to the mailbox table must be declared in MailboxColumns")
                .containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void each_declared_column_travels_in_an_array_of_its_table_type() {
        var types = new HashMap<String, String>();
        jdbc.query("select column_name, udt_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'mailbox'",
                rs -> { types.put(rs.getString(1), rs.getString(2)); });
        for (var column : MailboxColumns.ALL.stream().filter(MailboxColumn::inTable).toList()) {
            String arrayType = switch (types.get(column.name())) {
                case "int8" -> "bigint";
                case "int2" -> "smallint";
                case "bool" -> "boolean";
                case "varchar", "text", "_text" -> "text"; // a list travels joined as one text
                default -> types.get(column.name());
            };
            assertThat(column.type().arrayType).as(column.name()).isEqualTo(arrayType);
        }
    }

    @Test
    void a_mailbox_read_from_its_values_is_the_same_mailbox_so_no_two_columns_are_swapped() {
        // every value distinct, so that a value in another column's place shows
        var mailbox = MailboxBuilder.mailbox("pilarp@contoso.com").id(7).version(5).displayName("Pilar Pinilla").alias("pilarp")
                .department("Finance").database("DB01").type(RecipientType.SHARED).sizeBytes(1_000L)
                .proxyAddresses("p@contoso.com").language(PreferredLanguage.SV).umEnabled(true).umWasEnabled(false)
                .fullAccess(true).receiveAsOnDatabase(false).writeProperty(true).state(MailboxState.SYNCED).stateNote("note")
                .ready(true).readinessReasons(ReadinessReason.values()[0]).cloudCreatedOn(LocalDate.of(2026, 11, 1))
                .licenceAssignedOn(LocalDate.of(2026, 11, 2)).umReenabled(false).outlookProfileReconfigured(true)
                .mailUserConverted(false).batch(3L, "Finance2")
                .progress(new MigrationProgress("Synced", "detail", Instant.parse("2026-11-03T10:00:00Z"), 11L, 12L, 13, "Good"))
                .lastChange(Instant.parse("2026-11-04T10:00:00Z"), "admin").build();

        assertThat(Mailbox.of(MailboxValues.of(mailbox))).isEqualTo(mailbox);
    }

    @Test
    void every_column_of_a_mailbox_is_read_into_it_and_history_names_are_unique() {
        // id and version, then every value of every part
        int values = 2;
        for (var part : Mailbox.class.getRecordComponents()) {
            if (part.getType().isRecord()) {
                values += part.getType().getRecordComponents().length;
            }
        }
        assertThat(MailboxColumns.OF_MAILBOX).hasSize(values);
        assertThat(MailboxColumns.RECORDED.stream().map(MailboxColumn::history).distinct()).hasSameSizeAs(MailboxColumns.RECORDED);
    }
}
