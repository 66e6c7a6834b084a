package org.migrationtracker.batch.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchAction;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * For every status and action: the state machine ({@link BatchStatus#allows}), the batch dialog's buttons and the
 * service agree (the dialog once per status, over every action). The batch is empty and the removal guard holds, so only the status can refuse an action.
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class BatchActionsAgreeTest extends SpringBrowserlessTest {

    /** The inventory is imported once for the class; each case has a batch of its own and a mailbox of its own to add. */
    private static boolean imported;
    private static int cases;
    private static int nextMailbox = 1;
    private String name = "";
    private String spare = "";

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;
    @Autowired JdbcTemplate jdbc;
    @Autowired LiveUpdates live;
    @Autowired Presence presence;

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(BatchStatus.values())
                .flatMap(status -> Arrays.stream(BatchAction.values()).map(action -> Arguments.of(status, action)));
    }

    @BeforeEach
    void anEmptyBatchWhoseRemovalGuardHolds() {
        if (!imported) {
            MailboxTestData.clearWithBatches(jdbc);
            imports.importInventory("inventory.csv", MailboxTestData.inventory(300, "Finance"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
            imported = true;
        }
        name = "Matrix" + ++cases;
        var member = BulkTarget.addresses(List.of(readyMailbox()));
        batches.create(new BatchDraft(name, StartMode.MANUAL, null, "", ""), member, false);
        batches.removeMailboxes(name, member);
        spare = readyMailbox();
        jdbc.update("update migration_project set mx_points_to_cloud = true, mx_changed_at = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(80))));
    }

    /** Every tenth mailbox of the inventory has UM enabled and is not ready. */
    private static String readyMailbox() {
        if (++nextMailbox % 10 == 0) {
            nextMailbox++;
        }
        return "user" + nextMailbox + "@contoso.com";
    }

    @AfterAll
    static void otherClassesImportTheirOwn() {
        imported = false;
        cases = 0;
        nextMailbox = 1;
    }

    @AfterEach
    void mxBackOnPremises() {
        jdbc.update("update migration_project set mx_points_to_cloud = false, mx_changed_at = null");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BatchStatus.class)
    void the_dialog_offers_exactly_the_actions_the_status_allows(BatchStatus status) {
        inStatus(status);
        var view = navigate(BatchesView.class);
        var dialog = new BatchDialog(batches, name, true, live, presence, view::refresh);
        dialog.open();

        for (var action : BatchAction.values()) {
            boolean offered = !find(Button.class, dialog).withId(buttonId(action)).all().isEmpty();
            assertThat(offered).as("the dialog offers %s while %s", action, status)
                    .isEqualTo(status.allows(action) && BatchDialog.OFFERED.contains(action));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusAndAction")
    void the_service_accepts_exactly_the_actions_the_status_allows(BatchStatus status, BatchAction action) {
        inStatus(status);
        long version = batches.find(name).orElseThrow().batch().getVersion();
        Runnable act = () -> {
            switch (action) {
                case START -> batches.start(name, version);
                case MARK_SYNCED -> batches.markSynced(name, version);
                case COMPLETE -> batches.complete(name, version);
                case STOP -> batches.stop(name, version);
                case FAIL -> batches.fail(name, version, "MigrationPermanentException");
                case REMOVE -> batches.remove(name, version);
                case ADD_MAILBOXES -> batches.addMailboxes(name, BulkTarget.addresses(List.of(spare)));
            }
        };
        if (status.allows(action)) {
            assertThatCode(act::run).as("the service accepts %s while %s", action, status).doesNotThrowAnyException();
            assertThat(statusNow()).isEqualTo(status.after(action));
        } else {
            assertThatThrownBy(act::run).as("the service refuses %s while %s", action, status)
                    .isInstanceOfSatisfying(BatchRefused.class, refused ->
                            assertThat(refused.what()).isEqualTo(Message.of("batch.cannot", action.verb(), name)));
            assertThat(statusNow()).as("nothing changed").isEqualTo(status);
        }
    }

    /** The status set by SQL, as a status export or an earlier action would have left it; synced after the MX change. */
    private void inStatus(BatchStatus status) {
        jdbc.update("update migration_batch set status = ?, last_synced_at = now() where name = ?", status.name(), name);
    }

    private BatchStatus statusNow() {
        return batches.find(name).orElseThrow().batch().getStatus();
    }

    private static String buttonId(BatchAction action) {
        return "batch-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
