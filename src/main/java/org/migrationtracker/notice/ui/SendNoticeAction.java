package org.migrationtracker.notice.ui;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.ui.MailboxSelectionAction;
import org.migrationtracker.notice.NoticeService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** "Send a notice" in the mailbox grid's bulk menu, for the selected mailboxes or all matching the filter. */
@Component
class SendNoticeAction implements MailboxSelectionAction {

    /** The most mailboxes one sending takes from a filter. */
    static final int MAX = 20_000;
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
                notices.sending(), choice -> notices.send(choice.kind(), ids(target), choice.resend()),
                () -> {
                    // the dialog says what it queued; the grid's rows do not change
                });
        dialog.open();
    }

    private List<Long> ids(BulkTarget target) {
        if (target.selection() != null) {
            return List.copyOf(target.selection().keySet());
        }
        if (target.ids() != null) {
            return target.ids();
        }
        var ids = new ArrayList<Long>();
        if (target.addresses() != null) {
            target.addresses().forEach(address -> mailboxes.findByAddress(address).ifPresent(m -> ids.add(m.id())));
            return ids;
        }
        if (target.filter() != null) {
            mailboxes.page(target.filter(), MailboxSort.PRIMARY_ADDRESS, true, 0, MAX).stream().map(Mailbox::id).forEach(ids::add);
        }
        return ids;
    }
}
