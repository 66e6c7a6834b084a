package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticeSettings;

/** Admins turn the schedule on or off and set its days and the language for users with none. */
class NoticeSettingsForm extends VerticalLayout {

    final Checkbox automatic = new Checkbox();
    final IntegerField announcementDays = new IntegerField();
    final IntegerField reminderDays = new IntegerField();
    final ComboBox<String> defaultLanguage = new ComboBox<>();
    final Paragraph problem = new Paragraph();
    private final NoticeService notices;
    private long version;

    NoticeSettingsForm(NoticeService notices, Runnable saved) {
        this.notices = notices;
        setPadding(false);
        setId("notice-settings");
        automatic.setLabel(getTranslation("notice.settings.automatic"));
        automatic.setId("notice-automatic");
        for (var days : new IntegerField[] {announcementDays, reminderDays}) {
            days.setMin(1);
            days.setMax(NoticeSettings.MAX_DAYS);
            days.setStepButtonsVisible(true);
        }
        announcementDays.setLabel(getTranslation("notice.settings.announcement-days"));
        announcementDays.setId("notice-announcement-days");
        reminderDays.setLabel(getTranslation("notice.settings.reminder-days"));
        reminderDays.setId("notice-reminder-days");
        defaultLanguage.setLabel(getTranslation("notice.settings.default-language"));
        defaultLanguage.setItems(Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList());
        defaultLanguage.setItemLabelGenerator(code -> NoticeTexts.language(code, this));
        defaultLanguage.setId("notice-default-language");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                show(notices.saveSettings(automatic.getValue(), value(announcementDays), value(reminderDays),
                        defaultLanguage.getValue() == null ? "" : defaultLanguage.getValue(), version));
                problem.setVisible(false);
                Notification.show(getTranslation("notice.settings.saved"));
                saved.run();
            } catch (RuntimeException refused) {
                problem.setText(Message.of(refused).in(getLocale()));
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("notice-settings-save");
        add(automatic, announcementDays, reminderDays, defaultLanguage, problem, save);
        show(notices.settings());
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    void show(NoticeSettings settings) {
        version = settings.version();
        automatic.setValue(settings.automatic());
        announcementDays.setValue(settings.announcementDays());
        reminderDays.setValue(settings.reminderDays());
        defaultLanguage.setValue(settings.defaultLanguage());
    }

    void reload() {
        show(notices.settings());
    }
}
