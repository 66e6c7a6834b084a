package org.migrationtracker.project.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.lookup.ui.LookupView;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.SourceVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class ProjectSettingsViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    private Object[] saved;

    @BeforeEach
    void remember() {
        saved = jdbc.queryForObject("select method, source_version from migration_project",
                (rs, row) -> new Object[] {rs.getString(1), rs.getString(2)});
        jdbc.update("update migration_project set method = 'CUTOVER', source_version = 'EXCHANGE_2010'");
    }

    @AfterEach
    void restore() {
        jdbc.update("update migration_project set method = ?, source_version = ?", saved);
        jdbc.update("update migration_project set routing_domain = ''");
    }

    @Test
    void an_admin_saves_the_routing_domain_and_a_domain_outside_the_tenant_is_refused_on_the_form() {
        var view = navigate(ProjectSettingsView.class);
        view.organisation.setValue("Contoso");
        view.method.setValue(MigrationMethod.STAGED);
        view.routingDomain.setValue("contoso.com");

        test(view.save).click();
        assertThat(view.routingDomain.isInvalid()).as("said at the field").isTrue();
        assertThat(view.routingDomain.getErrorMessage()).contains("'contoso.com' is not a Microsoft 365 routing domain");
        assertThat(view.problem.isVisible()).isFalse();

        view.routingDomain.setValue("contoso.mail.onmicrosoft.com");
        test(view.save).click();
        assertThat(view.routingDomain.isInvalid()).isFalse();
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(jdbc.queryForObject("select routing_domain from migration_project", String.class))
                .isEqualTo("contoso.mail.onmicrosoft.com");
    }

    @Test
    void every_invalid_value_is_said_at_its_field_at_once_and_nothing_is_saved_or_toasted() {
        var view = navigate(ProjectSettingsView.class);
        String before = jdbc.queryForObject("select organisation_name from migration_project", String.class);
        view.organisation.setValue("");
        view.domains.setValue("contoso.com bad_one fabrikam..com");
        view.routingDomain.setValue("contoso.com");

        test(view.save).click();

        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.domains.isInvalid()).isTrue();
        assertThat(view.domains.getErrorMessage()).as("every bad domain at once")
                .isEqualTo("These are not domain names (e.g. contoso.com): bad_one, fabrikam..com");
        assertThat(view.routingDomain.isInvalid()).isTrue();
        assertThat(view.migrationAdmin.isInvalid()).isFalse();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).as("no saved toast").isEmpty();
        assertThat(jdbc.queryForObject("select organisation_name from migration_project", String.class)).isEqualTo(before);
    }

    private static String adviceText(ProjectSettingsView view) {
        return view.advice.text();
    }

    @Test
    void choosing_staged_from_exchange_2013_shows_the_problem_at_once() {
        var view = navigate(ProjectSettingsView.class);

        test(view.source).selectItem(SourceVersion.EXCHANGE_2013.label());
        test(view.method).selectItem("Staged");

        assertThat(adviceText(view)).contains("A staged migration works from Exchange 2003 or 2007 only, not from "
                + SourceVersion.EXCHANGE_2013.label() + ".");
        assertThat(view.advice.notes.getChildren().anyMatch(c -> c.hasClassName("advice-problem"))).isTrue();
    }

    @Test
    void the_advice_speaks_the_users_language() {
        var view = navigate(ProjectSettingsView.class);
        UI.getCurrent().setLocale(Locale.of("da"));

        view.source.setValue(SourceVersion.EXCHANGE_2013);
        view.method.setValue(MigrationMethod.STAGED);

        assertThat(adviceText(view)).contains("En trinvis migrering virker kun fra Exchange 2003 eller 2007, ikke fra "
                + SourceVersion.EXCHANGE_2013.label(), "Anbefalet: Hybrid").doesNotContain("!advice").doesNotContain("A staged migration");
    }

    @Test
    void the_recommendation_follows_the_expected_number_of_mailboxes_before_any_import_and_warns_when_the_choice_differs() {
        jdbc.execute("truncate mailbox_history, mailbox, mailbox_database restart identity cascade");
        var view = navigate(ProjectSettingsView.class);
        view.source.setValue(SourceVersion.EXCHANGE_2007);
        view.directorySync.setValue(false);
        view.singleSignOn.setValue(false);
        view.longCoexistence.setValue(false);

        view.expectedMailboxes.setValue(60);
        view.method.setValue(MigrationMethod.CUTOVER);
        assertThat(view.advice.recommended.getText()).isEqualTo("Recommended: Cutover");
        assertThat(adviceText(view)).contains("60 mailboxes: Microsoft recommends a cutover migration for up to 150 mailboxes")
                .doesNotContain("The chosen method is");

        view.expectedMailboxes.setValue(900);
        assertThat(view.advice.recommended.getText()).isEqualTo("Recommended: Staged");
        assertThat(adviceText(view)).contains("The chosen method is Cutover, but Microsoft's guidance recommends Staged for this project");

        view.longCoexistence.setValue(true);
        assertThat(view.advice.recommended.getText()).isEqualTo("Recommended: Hybrid");
    }

    @Test
    void an_admin_adds_an_endpoint_from_the_settings_screen_and_a_bad_host_name_is_refused_in_words() {
        jdbc.execute("truncate batch_history, migration_batch restart identity cascade");
        jdbc.execute("truncate migration_endpoint restart identity");
        var view = navigate(ProjectSettingsView.class);

        test(view.endpoints.add).click();
        var dialog = find(EndpointDialog.class).single();
        dialog.name.setValue("ContosoOA");
        dialog.exchangeServer.setValue("exch srv");
        dialog.rpcProxy.setValue("mail contoso");
        test(dialog.save).click();
        assertThat(dialog.exchangeServer.isInvalid()).isTrue();
        assertThat(dialog.exchangeServer.getErrorMessage()).contains("exch srv is not a host name such as mail.contoso.com");
        assertThat(dialog.rpcProxy.isInvalid()).as("every bad value at once, at its field").isTrue();
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(test(view.endpoints.grid).size()).as("nothing saved").isZero();

        dialog.exchangeServer.setValue("EXCH-SRV-01.corp.contoso.com");
        dialog.rpcProxy.setValue("mail.contoso.com");
        test(dialog.save).click();

        assertThat(test(view.endpoints.grid).size()).isEqualTo(1);
        assertThat(test(view.endpoints.grid).getRow(0).getName()).isEqualTo("ContosoOA");
    }

    @Test
    void the_mx_record_is_shown_read_only_with_a_link_to_its_step_in_the_project_plan() {
        Object[] mx = jdbc.queryForObject("select mx_points_to_cloud, mx_changed_at from migration_project",
                (rs, row) -> new Object[] {rs.getBoolean(1), rs.getTimestamp(2)});
        try {
            jdbc.update("update migration_project set mx_points_to_cloud = false, mx_changed_at = null");
            var view = navigate(ProjectSettingsView.class);
            assertThat(view.mx.getText()).isEqualTo("The MX record does not point to Microsoft 365 yet: not switched.");
            var link = find(Anchor.class).withId("project-mx-link").single();
            assertThat(link.getHref()).isEqualTo("plan/MX_SWITCH");
            assertThat(find(DateTimePicker.class).all()).as("no MX form here").isEmpty();

            jdbc.update("update migration_project set mx_points_to_cloud = true, mx_changed_at = '2026-11-20T08:00:00Z'");
            navigate(LookupView.class);
            view = navigate(ProjectSettingsView.class);
            assertThat(view.mx.getText()).startsWith("The MX record points to Microsoft 365 since Nov 20, 2026");
        } finally {
            jdbc.update("update migration_project set mx_points_to_cloud = ?, mx_changed_at = ?", mx);
        }
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_sees_the_endpoints_without_changing_them() {
        var view = navigate(ProjectSettingsView.class);

        assertThat(view.endpoints.add.isVisible()).isFalse();
    }

    @Test
    void an_admin_finds_the_full_export_download_on_the_settings_screen() {
        navigate(ProjectSettingsView.class);

        var link = find(Anchor.class).withId("full-export").single();
        assertThat(link.getText()).isEqualTo("Download full export (ZIP)");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_gets_no_full_export_download() {
        navigate(ProjectSettingsView.class);

        assertThat(find(Anchor.class).withId("full-export").all()).isEmpty();
    }
}
