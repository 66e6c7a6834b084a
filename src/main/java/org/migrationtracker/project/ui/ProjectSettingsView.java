package org.migrationtracker.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.backup.FullExport;
import org.migrationtracker.backup.ui.FullExportLink;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectAdvice;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettings;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.migrationtracker.project.ProjectSettingsData;
import org.migrationtracker.project.SourceVersion;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The project's settings: admins edit them, everyone reads them and Microsoft's advice for them. */
@Route("project")
@Menu(title = "nav.project", order = 80, icon = "icons/project.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD, Role.Names.HELPDESK})
public class ProjectSettingsView extends VerticalLayout implements HasDynamicTitle {

    final TextField organisation = new TextField();
    final TextArea domains = new TextArea();
    final ComboBox<SourceVersion> source = new ComboBox<>();
    final ComboBox<MigrationMethod> method = new ComboBox<>();
    final Checkbox directorySync = new Checkbox();
    final Checkbox singleSignOn = new Checkbox();
    final TextField migrationAdmin = new TextField();
    final TextField routingDomain = new TextField();
    final Button save = new Button();
    final AdvicePanel advice = new AdvicePanel();
    final IntegerField expectedMailboxes = new IntegerField();
    final Checkbox longCoexistence = new Checkbox();
    final Paragraph problem = new Paragraph();
    /** Where the MX record points: recorded on the project plan's step, shown here. */
    final Paragraph mx = new Paragraph();

    private final ProjectService project;
    private ProjectSettings loaded;

    final EndpointsPanel endpoints;

    ProjectSettingsView(ProjectService project, EndpointService endpointService, CurrentUser user, LiveUpdates live,
                        FullExport export) {
        this.project = project;
        setId("project-settings-view");
        setMaxWidth("60rem");
        organisation.setLabel(getTranslation("project.organisation"));
        organisation.setRequired(true);
        domains.setLabel(getTranslation("project.domains"));
        domains.setHelperText(getTranslation("project.domains.help"));
        source.setLabel(getTranslation("project.source"));
        source.setItems(SourceVersion.values());
        source.setItemLabelGenerator(SourceVersion::label);
        method.setLabel(getTranslation("project.method"));
        method.setItems(MigrationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("method." + m.name()));
        directorySync.setLabel(getTranslation("project.directory-sync"));
        singleSignOn.setLabel(getTranslation("project.sso"));
        migrationAdmin.setLabel(getTranslation("project.migration-admin"));
        migrationAdmin.setHelperText(getTranslation("project.migration-admin.help"));
        routingDomain.setLabel(getTranslation("project.routing-domain"));
        routingDomain.setHelperText(getTranslation("project.routing-domain.help"));
        routingDomain.setPlaceholder("contoso.mail.onmicrosoft.com");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        expectedMailboxes.setLabel(getTranslation("project.expected-mailboxes"));
        expectedMailboxes.setHelperText(getTranslation("project.expected-mailboxes.help"));
        expectedMailboxes.setMin(0);
        longCoexistence.setLabel(getTranslation("project.long-coexistence"));

        var form = new FormLayout(organisation, migrationAdmin, source, method, expectedMailboxes, longCoexistence, directorySync,
                singleSignOn, domains, routingDomain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(domains, 2);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        boolean admin = user.hasRole(Role.ADMIN);
        save.setVisible(admin);
        List.of(organisation, domains, migrationAdmin, routingDomain).forEach(field -> field.setReadOnly(!admin));
        source.setReadOnly(!admin);
        method.setReadOnly(!admin);
        directorySync.setReadOnly(!admin);
        singleSignOn.setReadOnly(!admin);
        expectedMailboxes.setReadOnly(!admin);
        longCoexistence.setReadOnly(!admin);
        expectedMailboxes.addValueChangeListener(change -> showAdvice());
        longCoexistence.addValueChangeListener(change -> showAdvice());
        List.of(source, method).forEach(field -> field.addValueChangeListener(change -> showAdvice()));
        directorySync.addValueChangeListener(change -> showAdvice());
        singleSignOn.addValueChangeListener(change -> showAdvice());
        migrationAdmin.addValueChangeListener(change -> showAdvice());
        domains.addValueChangeListener(change -> showAdvice());

        mx.setId("project-mx");
        // the switch is a step of the project plan (plan/MX_SWITCH); a plain link, as the plan module depends on this one
        var mxStep = new Anchor("plan/MX_SWITCH", getTranslation("project.mx-link"));
        mxStep.setId("project-mx-link");
        var mxPart = new Div(mx, mxStep);

        endpoints = new EndpointsPanel(endpointService, admin, live);
        add(form, problem, save, new H3(getTranslation("project.mx")), mxPart, new H3(getTranslation("project.advice")), advice,
                new H3(getTranslation("endpoint.title")), endpoints);
        if (admin) {
            add(new H3(getTranslation("export.title")), new Paragraph(getTranslation("export.help")),
                    FullExportLink.of(export, getTranslation("export.download")));
        }
        load();
        // readers follow changes at once; an admin's unsaved form is not replaced (a stale save is refused instead)
        live.refreshWhileAttached(this, () -> {
            if (!admin) {
                load();
            } else {
                showMx(project.current());
            }
        }, ProjectSettingsChanged.class);
    }

    private void load() {
        loaded = project.current();
        organisation.setValue(loaded.getOrganisationName());
        domains.setValue(String.join("\n", loaded.getSmtpDomains()));
        source.setValue(loaded.getSourceVersion());
        method.setValue(loaded.getMethod());
        directorySync.setValue(loaded.isDirectorySync());
        singleSignOn.setValue(loaded.isSingleSignOn());
        migrationAdmin.setValue(loaded.getMigrationAdminAccount());
        routingDomain.setValue(loaded.getRoutingDomain());
        expectedMailboxes.setValue(loaded.data().expectedMailboxes());
        longCoexistence.setValue(loaded.data().longCoexistence());
        showMx(loaded);
        problem.setVisible(false);
        showAdvice();
    }

    private void showMx(ProjectSettings settings) {
        mx.setText((!settings.isMxPointsToCloud() ? Message.of("project.mx-state.on-premises")
                : settings.getMxChangedAt() == null ? Message.of("project.mx-state.cloud-undated")
                : Message.of("project.mx-state.cloud", settings.getMxChangedAt())).in(getLocale()));
    }

    private ProjectSettingsData formData() {
        var domainList = Arrays.stream(domains.getValue().split("[\\s,;]+")).filter(d -> !d.isBlank()).toList();
        return new ProjectSettingsData(organisation.getValue(), domainList,
                source.getValue() == null ? SourceVersion.EXCHANGE_2007 : source.getValue(),
                method.getValue() == null ? MigrationMethod.STAGED : method.getValue(),
                directorySync.getValue(), singleSignOn.getValue(), migrationAdmin.getValue(), routingDomain.getValue(),
                expectedMailboxes.getValue(), longCoexistence.getValue());
    }

    private void showAdvice() {
        advice.show(project.advice(formData()));
    }

    /** Every invalid value at its field at once; true when all are fine. */
    private boolean valid(ProjectSettingsData data) {
        var problems = data.problemsByField();
        Map<ProjectSettingsData.Field, HasValidation> fields = Map.of(ProjectSettingsData.Field.ORGANISATION, organisation,
                ProjectSettingsData.Field.SMTP_DOMAINS, domains, ProjectSettingsData.Field.MIGRATION_ADMIN, migrationAdmin,
                ProjectSettingsData.Field.EXPECTED_MAILBOXES, expectedMailboxes, ProjectSettingsData.Field.ROUTING_DOMAIN, routingDomain);
        return FieldProblem.showAll(fields, problems, getLocale());
    }

    private void save() {
        var data = formData();
        problem.setVisible(false);
        if (!valid(data)) {
            return; // nothing saved, nothing said beside the fields
        }
        try {
            loaded = project.update(data, loaded.getVersion());
            problem.setVisible(false);
            Notification.show(getTranslation("project.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ProjectService.ProjectSettingsConflict conflict) {
            problem.setText(Message.of(conflict).in(getLocale()));
            problem.setVisible(true);
            var reload = new Button(getTranslation("action.reload"), click -> load());
            problem.add(reload);
        } catch (IllegalArgumentException refused) {
            problem.setText(Message.of(refused).in(getLocale()));
            problem.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.project");
    }
}
