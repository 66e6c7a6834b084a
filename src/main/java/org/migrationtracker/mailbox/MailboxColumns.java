package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.migrationtracker.mailbox.ColumnType.BOOLEAN;
import static org.migrationtracker.mailbox.ColumnType.DATE;
import static org.migrationtracker.mailbox.ColumnType.LONG;
import static org.migrationtracker.mailbox.ColumnType.SMALLINT;
import static org.migrationtracker.mailbox.ColumnType.TEXT;
import static org.migrationtracker.mailbox.ColumnType.TEXT_LIST;
import static org.migrationtracker.mailbox.ColumnType.TIMESTAMP;

/**
 * Every column of a mailbox row, declared once: the row mapper, the set-based update, the import's insert, update
 * and comparison, and the history all read this list (docs/adr/0021). A new column is declared here and added to
 * {@link Mailbox} (and its {@link Mailbox#of}); a getter of the wrong type does not compile.
 */
final class MailboxColumns {

    /** In declaration order, which is {@link Mailbox}'s order and the order history entries are written in. */
    static final List<MailboxColumn<?>> ALL = new ArrayList<>();

    static final MailboxColumn<Long> ID = read("id", ColumnType.ID, Mailbox::id);
    static final MailboxColumn<String> PRIMARY_ADDRESS = read("primary_address", TEXT, Mailbox::primaryAddress);
    static final MailboxColumn<String> DISPLAY_NAME = fromFile("display_name", TEXT, m -> m.inventory().displayName(),
            "display_name", "");
    static final MailboxColumn<String> ALIAS = fromFile("alias", TEXT, m -> m.inventory().alias(), "alias", "");
    static final MailboxColumn<String> DEPARTMENT = fromFile("department", TEXT, m -> m.inventory().department(),
            "department", "");
    static final MailboxColumn<String> DATABASE_NAME = fromFile("database_name", TEXT,
            m -> m.inventory().databaseName(), "database", "");
    static final MailboxColumn<RecipientType> RECIPIENT_TYPE = fromFile("recipient_type",
            ColumnType.named(RecipientType.class), m -> m.inventory().recipientType(), "recipient_type", RecipientType.USER);
    static final MailboxColumn<@Nullable Long> SIZE_BYTES = fromFile("size_bytes", LONG,
            m -> m.inventory().sizeBytes(), "size_bytes", null);
    static final MailboxColumn<List<String>> PROXY_ADDRESSES = fromFile("proxy_addresses", TEXT_LIST,
            m -> m.inventory().proxyAddresses(), "proxy_addresses", List.of());
    /** Not a value of a Mailbox: kept for the mail user conversion (ConversionStore), read only where it is shown. */
    static final MailboxColumn<List<String>> X500_ADDRESSES = add("x500_addresses", "m.x500_addresses", TEXT_LIST, null,
            "x500_addresses", false, true, List.of());
    /** From the file (Exchange's Languages) and set by admins. */
    static final MailboxColumn<PreferredLanguage> PREFERRED_LANGUAGE = add("preferred_language", "m.preferred_language",
            ColumnType.coded(PreferredLanguage::code, PreferredLanguage::of), m -> m.inventory().preferredLanguage(),
            "preferred_language", true, true, PreferredLanguage.NONE);
    /** From the file and set by bulk actions; the import keeps {@link #UM_WAS_ENABLED} true once it was. */
    static final MailboxColumn<Boolean> UM_ENABLED = add("um_enabled", "m.um_enabled", BOOLEAN,
            m -> m.inventory().umEnabled(), "um_enabled", true, true, false);
    static final MailboxColumn<Boolean> UM_WAS_ENABLED = edited("um_was_enabled", BOOLEAN,
            m -> m.inventory().umWasEnabled(), null);
    static final MailboxColumn<Boolean> FULL_ACCESS = edited("full_access", BOOLEAN, m -> m.permissions().fullAccess(),
            "full_access");
    /** Granted per database, not per mailbox. */
    static final MailboxColumn<Boolean> RECEIVE_AS = joined("receive_as", "coalesce(d.receive_as, false)", BOOLEAN,
            m -> m.permissions().receiveAsOnDatabase(), "receive_as_on_database");
    static final MailboxColumn<Boolean> WRITE_PROPERTY = edited("write_property", BOOLEAN,
            m -> m.permissions().writeProperty(), "write_property");
    static final MailboxColumn<MailboxState> STATE = edited("state", ColumnType.named(MailboxState.class),
            Mailbox::state, "state");
    static final MailboxColumn<String> STATE_NOTE = edited("state_note", TEXT, m -> m.lifecycle().note(), "state_note");
    static final MailboxColumn<Boolean> READY = edited("ready", BOOLEAN, m -> m.lifecycle().ready(), null);
    static final MailboxColumn<List<ReadinessReason>> READINESS = edited("readiness",
            ColumnType.list(ReadinessReason::name, ReadinessReason::valueOf), m -> m.lifecycle().readinessReasons(), null);
    static final MailboxColumn<@Nullable LocalDate> CLOUD_CREATED_ON = edited("cloud_created_on", DATE,
            m -> m.postMigration().cloudCreatedOn(), "cloud_created_on");
    static final MailboxColumn<@Nullable LocalDate> LICENCE_ASSIGNED_ON = edited("licence_assigned_on", DATE,
            m -> m.postMigration().licenceAssignedOn(), "licence_assigned_on");
    static final MailboxColumn<Boolean> UM_REENABLED = edited("um_reenabled", BOOLEAN,
            m -> m.postMigration().umReenabled(), "um_reenabled");
    static final MailboxColumn<Boolean> OUTLOOK_PROFILE_RECONFIGURED = edited("outlook_profile_reconfigured", BOOLEAN,
            m -> m.postMigration().outlookProfileReconfigured(), "outlook_profile_reconfigured");
    static final MailboxColumn<Boolean> MAIL_USER_CONVERTED = edited("mail_user_converted", BOOLEAN,
            m -> m.postMigration().mailUserConverted(), "mail_user_converted");
    static final MailboxColumn<@Nullable Long> BATCH_ID = edited("batch_id", LONG, m -> m.batch().batchId(), null);
    /** History names the batch, not its id. */
    static final MailboxColumn<@Nullable String> BATCH_NAME = joined("batch_name", "b.name", TEXT,
            m -> m.batch().batchName(), "batch");
    static final MailboxColumn<String> MS_STATUS = edited("ms_status", TEXT, m -> m.progress().status(), "microsoft_status");
    static final MailboxColumn<String> MS_STATUS_DETAIL = edited("ms_status_detail", TEXT, m -> m.progress().statusDetail(),
            "microsoft_error");
    static final MailboxColumn<@Nullable Instant> LAST_SUCCESSFUL_SYNC = edited("last_successful_sync", TIMESTAMP,
            m -> m.progress().lastSuccessfulSync(), null);
    static final MailboxColumn<@Nullable Long> ITEMS_SYNCED = edited("items_synced", LONG,
            m -> m.progress().itemsSynced(), null);
    static final MailboxColumn<@Nullable Long> ITEMS_SKIPPED = edited("items_skipped", LONG,
            m -> m.progress().itemsSkipped(), null);
    static final MailboxColumn<@Nullable Integer> PERCENT_COMPLETE = edited("percent_complete", SMALLINT,
            m -> m.progress().percentComplete(), null);
    static final MailboxColumn<String> DATA_CONSISTENCY = edited("data_consistency", TEXT,
            m -> m.progress().dataConsistency(), null);
    /** Set with every write, from the statement's parameters. */
    static final MailboxColumn<Instant> UPDATED_AT = read("updated_at", TIMESTAMP, m -> m.lastChange().at());
    static final MailboxColumn<String> UPDATED_BY = read("updated_by", TEXT, m -> m.lastChange().by());
    static final MailboxColumn<Long> VERSION = read("version", ColumnType.ID, Mailbox::version);

    // columns a Mailbox does not carry
    /** Written by the import's insert. */
    static final MailboxColumn<Instant> IMPORTED_AT = add("imported_at", "m.imported_at", TIMESTAMP, null, null, false,
            false, null);
    /** The helpdesk search's folded text, computed by the database (db/migration/V009). */
    static final MailboxColumn<String> SEARCH_TEXT = add("search_text", "m.search_text", TEXT, null, null, false,
            false, null);

    /** The columns a Mailbox is read from, in its order. */
    static final List<MailboxColumn<?>> OF_MAILBOX = ALL.stream().filter(c -> c.ofMailbox() != null).toList();
    /** The columns {@link MailboxStore#update} writes. */
    static final List<MailboxColumn<?>> EDITED = ALL.stream().filter(MailboxColumn::edited).toList();
    /** The columns an inventory file describes. */
    static final List<MailboxColumn<?>> IMPORTED = ALL.stream().filter(MailboxColumn::imported).toList();
    /** The columns whose changes are recorded in the history, in the order entries are written. */
    static final List<MailboxColumn<?>> RECORDED = ALL.stream().filter(c -> c.history() != null).toList();

    /** The select list of a whole mailbox, joined with its database's Receive As and its batch's name. */
    static final String COLUMNS = "select " + selected(OF_MAILBOX) + " ";
    static final String JOINS = " left join mailbox_database d on d.name_key = lower(m.database_name)"
            + " left join batch_name b on b.id = m.batch_id "; // the batch module's view (db/migration/V017)
    static final String SELECT = COLUMNS + "from mailbox m" + JOINS;

    private MailboxColumns() {
    }

    // the pieces of the set-based statements, which pass one array per column and read them back with unnest(...) as u

    /** The columns' names, as a column list. */
    static String names(List<MailboxColumn<?>> columns) {
        return columns.stream().map(MailboxColumn::name).collect(Collectors.joining(", "));
    }

    /** One array parameter per column, typed for unnest. */
    static String arrayParameters(List<MailboxColumn<?>> columns) {
        return columns.stream().map(c -> "?::" + c.type().arrayType + "[]").collect(Collectors.joining(", "));
    }

    /** Each column's value in the unnested row {@code u}, as stored. */
    static String unnestedValues(List<MailboxColumn<?>> columns) {
        return columns.stream().map(c -> c.type().fromArray("u." + c.name())).collect(Collectors.joining(", "));
    }

    /** {@code name = u.name} for each column: the set list of an update from the unnested rows. */
    static String assignments(List<MailboxColumn<?>> columns) {
        return columns.stream().map(c -> c.name() + " = " + c.type().fromArray("u." + c.name())).collect(Collectors.joining(", "));
    }

    /** The columns' select expressions, each named as its column. */
    static String selected(List<MailboxColumn<?>> columns) {
        return columns.stream().map(c -> c.type().select(c.select(), c.name())).collect(Collectors.joining(", "));
    }

    private static <T extends @Nullable Object> MailboxColumn<T> add(String name, String select, ColumnType<T> type,
                                                                    @Nullable Function<Mailbox, T> ofMailbox,
                                                                    @Nullable String history, boolean edited,
                                                                    boolean imported, @Nullable T whenNew) {
        var column = new MailboxColumn<>(ALL.size(), name, select, type, ofMailbox, history, edited, imported, whenNew);
        ALL.add(column);
        return column;
    }

    /** Read, and written only where its statement says (keys, the write stamp). */
    private static <T extends @Nullable Object> MailboxColumn<T> read(String name, ColumnType<T> type, Function<Mailbox, T> of) {
        return add(name, "m." + name, type, of, null, false, false, null);
    }

    private static <T extends @Nullable Object> MailboxColumn<T> edited(String name, ColumnType<T> type, Function<Mailbox, T> of,
                                                                       @Nullable String history) {
        return add(name, "m." + name, type, of, history, true, false, null);
    }

    private static <T extends @Nullable Object> MailboxColumn<T> fromFile(String name, ColumnType<T> type, Function<Mailbox, T> of,
                                                                         String history, @Nullable T whenNew) {
        return add(name, "m." + name, type, of, history, false, true, whenNew);
    }

    private static <T extends @Nullable Object> MailboxColumn<T> joined(String name, String expression, ColumnType<T> type,
                                                                       Function<Mailbox, T> of, String history) {
        return add(name, expression, type, of, history, false, false, null);
    }
}
