package org.migrationtracker.notice.ui;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.ui.MailboxSelectionAction;
import org.migrationtracker.notice.NoticeService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/** "Send a notice" in the mailbox grid's bulk menu, for the selected mailboxes or all matching the filter. */
@Component
class SendNoticeAction implements MailboxSelectionAction {

    private final NoticeService notices;
    private final MailboxSearch mailboxes;

    SendNoticeAction(NoticeService notices, MailboxSearch mailboxes) {
        this.notices = notices;
        this.mailboxes = mailboxes;
    }

    @Override
    public String labelKey() {
        return "grid.send-notice";
    }

    @Override
    public void open(BulkTarget target, int count, Consumer<BulkResult> done) {
        var dialog = new SendNoticeDialog(Message.of("notice.send.to-selection", count).in(com.vaadin.flow.component.UI.getCurrent().getLocale()),
                notices.sending(), choice -> send(target, choice),
                () -> {
                    // the dialog says what it queued; the grid's rows do not change
                });
        dialog.open();
    }

    /** The grid's target as one set of mailboxes: the selection, the ids, the addresses, or every match of the filter. */
    private NoticeService.Queued send(BulkTarget target, SendNoticeDialog.Choice choice) {
        if (target.addresses() != null) {
            return notices.sendToAddresses(choice.kind(), target.addresses(), choice.resend());
        }
        List<Long> ids = target.selection() != null ? List.copyOf(target.selection().keySet())
                : target.ids() != null ? target.ids()
                : mailboxes.idsMatching(target.filter() == null ? MailboxFilter.all() : target.filter());
        return notices.send(choice.kind(), ids, choice.resend());
    }
}
