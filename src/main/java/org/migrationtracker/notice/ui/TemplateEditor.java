package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticeTemplate;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * Admins edit a kind's text in a language: subject and HTML body with placeholders, previewed live for a mailbox they
 * choose, sent as a test to their own address, saved (as the sanitizer keeps it) or set back to the default.
 */
class TemplateEditor extends VerticalLayout {

    static final List<String> PLACEHOLDERS = List.of("name", "address", "organisation", "batch", "moveDate", "moveEnd", "movedOn",
            "{todo}", "#newProfile", "#keepsProfile", "#temporaryPassword", "#password");

    final ComboBox<NoticeKind> kind = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<Mailbox> mailbox = new ComboBox<>();
    final TextField testAddress = new TextField();
    final Paragraph state = new Paragraph();
    final NoticePreviewPane preview = new NoticePreviewPane();
    private final NoticeService notices;

    TemplateEditor(NoticeService notices, MailboxSearch mailboxes, String ownAddress) {
        this.notices = notices;
        setPadding(false);
        setId("template-editor");
        kind.setLabel(getTranslation("notice.template.kind"));
        kind.setItems(EnumSet.allOf(NoticeKind.class));
        kind.setItemLabelGenerator(k -> k.message().in(getLocale()));
        kind.setValue(NoticeKind.ANNOUNCEMENT);
        kind.setId("template-kind");
        language.setLabel(getTranslation("notice.template.language"));
        language.setItems(Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList());
        language.setItemLabelGenerator(code -> NoticeTexts.language(code, this));
        language.setValue(getLocale().getLanguage().isEmpty() || !Languages.isSupported(getLocale().getLanguage()) ? "en" : getLocale().getLanguage());
        language.setId("template-language");
        subject.setLabel(getTranslation("notice.template.subject"));
        subject.setWidthFull();
        subject.setMaxLength(NoticeTemplate.MAX_SUBJECT);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setId("template-subject");
        body.setLabel(getTranslation("notice.template.body"));
        body.setHelperText(getTranslation("notice.template.placeholders", String.join(", ",
                PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList()), "{{#name}}", "{{/name}}"));
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setMaxLength(NoticeTemplate.MAX_BODY);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setId("template-body");
        mailbox.setLabel(getTranslation("notice.template.preview-for"));
        mailbox.setItems(query -> mailboxes.search(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        mailbox.setItemLabelGenerator(m -> m.inventory().name() + " <" + m.primaryAddress() + ">");
        mailbox.setId("template-mailbox");
        mailbox.setWidth("24rem");
        testAddress.setLabel(getTranslation("notice.template.test-to"));
        testAddress.setValue(ownAddress);
        testAddress.setId("template-test-to");

        kind.addValueChangeListener(change -> load());
        language.addValueChangeListener(change -> load());
        subject.addValueChangeListener(change -> refreshPreview());
        body.addValueChangeListener(change -> refreshPreview());
        mailbox.addValueChangeListener(change -> refreshPreview());

        var save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("template-save");
        var reset = new Button(getTranslation("notice.template.reset"), click -> reset());
        reset.setId("template-reset");
        var test = new Button(getTranslation("notice.template.test-send"), click -> testSend());
        test.setId("template-test-send");
        var choose = new HorizontalLayout(kind, language, mailbox);
        choose.setWrap(true);
        var actions = new HorizontalLayout(save, reset, testAddress, test);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        state.setId("template-state");
        var editing = new VerticalLayout(subject, body, actions, state);
        editing.setPadding(false);
        var side = new HorizontalLayout(editing, preview);
        side.setWidthFull();
        side.setFlexGrow(1, editing, preview);
        side.setWrap(true);
        add(choose, side);
        load();
    }

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        show(notices.template(kind.getValue(), language.getValue()));
    }

    private void show(NoticeTemplate template) {
        subject.setValue(template.subject());
        body.setValue(template.body());
        state.setText(template.edited() && template.updatedBy() != null
                ? getTranslation("notice.template.edited", template.updatedBy(), Dates.time(template.updatedAt(), getLocale(), ZoneId.systemDefault()))
                : getTranslation("notice.template.default"));
        refreshPreview();
    }

    private void refreshPreview() {
        var chosen = mailbox.getValue();
        if (chosen == null || kind.getValue() == null || language.getValue() == null) {
            preview.problem(getTranslation("notice.template.choose-mailbox"));
            return;
        }
        try {
            preview.show(notices.preview(kind.getValue(), language.getValue(), chosen.id(), subject.getValue(), body.getValue()));
        } catch (RuntimeException refused) {
            preview.problem(Message.of(refused).in(getLocale()));
        }
    }

    private void save() {
        try {
            var saved = notices.saveTemplate(kind.getValue(), language.getValue(), subject.getValue(), body.getValue());
            boolean cleaned = !saved.body().equals(body.getValue());
            show(saved);
            Notification.show(getTranslation(cleaned ? "notice.template.saved-cleaned" : "notice.template.saved"));
        } catch (RuntimeException refused) {
            preview.problem(Message.of(refused).in(getLocale()));
        }
    }

    private void reset() {
        show(notices.resetTemplate(kind.getValue(), language.getValue()));
        Notification.show(getTranslation("notice.template.was-reset"));
    }

    private void testSend() {
        @Nullable Mailbox chosen = mailbox.getValue();
        if (chosen == null) {
            preview.problem(getTranslation("notice.template.choose-mailbox"));
            return;
        }
        try {
            String to = notices.testSend(kind.getValue(), language.getValue(), chosen.id(), subject.getValue(), body.getValue(),
                    testAddress.getValue());
            Notification.show(getTranslation("notice.template.test-sent", to));
        } catch (RuntimeException refused) {
            preview.problem(Message.of(refused).in(getLocale()));
        }
    }
}
