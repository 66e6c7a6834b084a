package org.migrationtracker.security.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.base.ui.AccessDeniedView;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.SecurityEvent.Kind;
import org.migrationtracker.security.audit.SecurityLogEntry;
import org.migrationtracker.security.audit.SecurityLogRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins read the security log newest first, narrow it and export what they narrowed it to; nobody else opens it. */
@IntegrationTest
class SecurityLogViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    /** Three rows about a user no other test knows: a failed sign-in, a refusal, then the admin's change. */
    private String threeRowsAbout() {
        String who = SecurityLogRows.uniqueName("view");
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, who, null, "203.0.113.9", "wrong password"));
        events.publishEvent(new SecurityEvent(Kind.ACCESS_REFUSED, who, null, "203.0.113.9", "route /admin/users"));
        events.publishEvent(new SecurityEvent(Kind.USER_CHANGED, "ada", who, "203.0.113.1", "=HYPERLINK(\"http://evil\")"));
        return who;
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_sees_the_rows_newest_first_and_the_filter_narrows_them() {
        String who = threeRowsAbout();
        var view = navigate(SecurityLogView.class);
        assertThat(rows(view).size()).as("rows before filtering").isGreaterThanOrEqualTo(3);

        test(view.text).setValue(who.toUpperCase());

        assertThat(rows(view)).extracting(SecurityLogEntry::kind)
                .containsExactly(Kind.USER_CHANGED, Kind.ACCESS_REFUSED, Kind.SIGN_IN_FAILED);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("User changed");
        assertThat(view.summary.getText()).startsWith("3 entries match.");

        view.kinds.setValue(Set.of(Kind.SIGN_IN_FAILED, Kind.ACCESS_REFUSED));
        assertThat(rows(view)).extracting(SecurityLogEntry::kind).containsExactly(Kind.ACCESS_REFUSED, Kind.SIGN_IN_FAILED);

        view.from.setValue(LocalDate.now().plusDays(1));
        assertThat(rows(view)).as("from tomorrow").isEmpty();
        assertThat(view.summary.getText()).startsWith("No entries match.");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void the_export_holds_the_filtered_rows_with_formulas_neutralised() throws Exception {
        String who = threeRowsAbout();
        var view = navigate(SecurityLogView.class);
        test(view.text).setValue(who);
        view.kinds.setValue(Set.of(Kind.USER_CHANGED, Kind.SIGN_IN_FAILED));

        var out = new ByteArrayOutputStream();
        view.writeExport(out);

        var lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFAt,Kind,Actor,Subject,ClientAddress,Instance,Detail");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",USER_CHANGED,ada," + who + ",203.0.113.1,")
                .endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(lines[2]).contains(",SIGN_IN_FAILED," + who + ",,203.0.113.9,").endsWith(",wrong password");
        assertThat(view.export.getHref()).as("the download link").isNotBlank();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void days_in_the_wrong_order_are_refused_with_a_message_and_the_rows_stay() {
        String who = threeRowsAbout();
        var view = navigate(SecurityLogView.class);
        test(view.text).setValue(who);

        view.from.setValue(LocalDate.now());
        view.to.setValue(LocalDate.now().minusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end day is before the start day");
        assertThat(rows(view)).hasSize(3);
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_is_refused_the_security_log_and_the_refusal_is_recorded_once() {
        long before = SecurityLogRows.lastId(jdbc);

        try {
            navigate("admin/security-log", Component.class);
        } catch (IllegalArgumentException endedOnTheErrorView) {
            // the view shown says what happened
        }

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(SecurityLogRows.byActorSince(jdbc, "harry", before)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("ACCESS_REFUSED");
            assertThat(row.detail()).isEqualTo("route /admin/security-log");
        });
    }

    private List<SecurityLogEntry> rows(SecurityLogView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
