package org.migrationtracker.security.token.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiToken;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokenService tokens;

    @BeforeEach
    void users() {
        ApiCalls.ensureUsers(users, jdbc);
    }

    @Test
    @WithMockUser(username = "api-helpdesk", roles = "HELPDESK")
    void a_helpdesk_user_creates_a_token_and_sees_its_secret_once() {
        var view = navigate(ApiTokensView.class);
        String name = "Ticket system " + UUID.randomUUID();

        test(view.newToken).click();
        var dialog = find(NewTokenDialog.class).single();
        assertThat(dialog.user.isVisible()).as("only admins choose whose token it is").isFalse();
        assertThat(dialog.expiresOn.getValue()).isEqualTo(LocalDate.now().plusDays(90));
        test(dialog.name).setValue(name);
        dialog.scope.setValue(ApiTokenScope.FULL);
        test(dialog.create).click();

        var shown = find(TokenSecretDialog.class).single();
        assertThat(shown.secret.getValue()).matches("^mtk_[A-Za-z0-9_-]{43}$");
        assertThat(namesInGrid(view)).contains(name);
        assertThat(tokens.mine()).filteredOn(token -> token.name().equals(name)).singleElement()
                .satisfies(token -> assertThat(token.scope()).isEqualTo(ApiTokenScope.FULL))
                .satisfies(token -> assertThat(token.toString()).doesNotContain(shown.secret.getValue()));
        test(shown.copy).click();
        test(find(Button.class).withId("token-secret-done").single()).click();
        assertThat(find(TokenSecretDialog.class).all()).as("closed: the secret is not shown again").isEmpty();
    }

    @Test
    @WithMockUser(username = "api-lead", roles = "LEAD")
    void a_token_without_a_name_is_refused_at_its_field() {
        var view = navigate(ApiTokensView.class);

        test(view.newToken).click();
        var dialog = find(NewTokenDialog.class).single();
        test(dialog.create).click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the token a name");
        assertThat(find(TokenSecretDialog.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "api-lead", roles = "LEAD")
    void a_user_revokes_their_token_after_confirming() {
        var created = tokens.create("Dashboard export " + UUID.randomUUID(), LocalDate.now().plusDays(7), ApiTokenScope.READ_ONLY);
        var view = navigate(ApiTokensView.class);
        int row = rowOf(view, created.token().name());

        test((Button) test(view.grid).getCellComponent(row, 5)).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(tokens.mine()).extracting(ApiToken::id).doesNotContain(created.token().id());
        assertThat(namesInGrid(view)).doesNotContain(created.token().name());
    }

    @Test
    @WithMockUser(username = "api-admin", roles = "ADMIN")
    void an_admin_sees_everyones_tokens_and_makes_one_for_a_service_account() {
        String mine = "Admin script " + UUID.randomUUID();
        MailboxTestData.asAdmin(() -> tokens.createFor("api-lead", mine, LocalDate.now().plusDays(7), ApiTokenScope.READ_ONLY));
        var view = navigate(ApiTokensView.class);
        assertThat(namesInGrid(view)).contains(mine);
        assertThat(test(view.grid).getCellText(rowOf(view, mine), 0)).isEqualTo("api-lead");

        String forScript = "Nightly import " + UUID.randomUUID();
        test(view.newToken).click();
        var dialog = find(NewTokenDialog.class).single();
        dialog.user.setValue("api-helpdesk");
        test(dialog.name).setValue(forScript);
        test(dialog.create).click();

        assertThat(find(TokenSecretDialog.class).all()).hasSize(1);
        assertThat(tokens.all()).filteredOn(token -> token.name().equals(forScript)).singleElement()
                .satisfies(token -> assertThat(token.username()).isEqualTo("api-helpdesk"))
                .satisfies(token -> assertThat(token.createdBy()).isEqualTo("api-admin"))
                .satisfies(token -> assertThat(token.scope()).isEqualTo(ApiTokenScope.READ_ONLY));
    }

    private List<String> namesInGrid(ApiTokensView view) {
        int nameColumn = view.grid.getColumns().size() == 7 ? 1 : 0;
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, nameColumn)).toList();
    }

    private int rowOf(ApiTokensView view, String name) {
        return namesInGrid(view).indexOf(name);
    }
}
