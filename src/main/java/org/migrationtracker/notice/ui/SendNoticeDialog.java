package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeService;

import java.util.EnumSet;
import java.util.function.Function;

/**
 * Sends a kind of notice to some mailboxes now (a selection from the grid, or a batch): each user gets it in their
 * language; "send again" also to those who had it. Says how many were queued, had it already, or are no person's.
 */
class SendNoticeDialog extends Dialog {

    final ComboBox<NoticeKind> kind = new ComboBox<>();
    final Checkbox resend = new Checkbox();
    final Paragraph outcome = new Paragraph();

    /** @param send queues the kind (with "send again") for the mailboxes meant, returning what it did */
    SendNoticeDialog(String whom, NoticeService.Sending sending, Function<Choice, NoticeService.Queued> send, Runnable done) {
        setId("send-notice-dialog");
        setHeaderTitle(getTranslation("notice.send.title"));
        var to = new Paragraph(whom);
        kind.setLabel(getTranslation("notice.grid.kind"));
        kind.setItems(EnumSet.allOf(NoticeKind.class));
        kind.setItemLabelGenerator(k -> k.message().in(getLocale()));
        kind.setValue(NoticeKind.FREE);
        kind.setId("send-notice-kind");
        resend.setLabel(getTranslation("notice.send.resend"));
        resend.setId("send-notice-resend");
        outcome.setId("send-notice-outcome");
        add(to, kind, resend, outcome);
        if (!sending.on()) {
            var off = new Paragraph(getTranslation("notice.sending.off"));
            off.addClassName("form-problem");
            add(off);
        }
        var go = new Button(getTranslation("notice.send.go"), click -> {
            try {
                var queued = send.apply(new Choice(kind.getValue(), resend.getValue()));
                outcome.setText(getTranslation("notice.send.outcome", queued.queued(), queued.alreadySent(), queued.notPeople()));
                done.run();
            } catch (RuntimeException refused) {
                outcome.setText(Message.of(refused).in(getLocale()));
            }
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setId("send-notice-go");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), go);
    }

    record Choice(NoticeKind kind, boolean resend) {
    }
}
