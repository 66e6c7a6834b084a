package org.migrationtracker.lookup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.ui.MailboxStateBadge;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.time.Clock;
import java.util.List;

/**
 * The helpdesk's screen: one search box, focused, that finds a user while typing; each result tells same-named
 * people apart (address, department, state). The address bar follows: {@code /lookup?q=<text>} while typing,
 * {@code /lookup/<address>?q=<text>} for the chosen user's card, so Back returns to the results and ticket systems
 * link to a card directly. Helpdesk may add a note and tick "Outlook profile reconfigured", nothing else.
 */
@Route("lookup")
@Menu(title = "nav.lookup", order = 2, icon = "icons/lookup.svg")
@RolesAllowed({Role.Names.HELPDESK, Role.Names.ADMIN, Role.Names.LEAD})
public class LookupView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    static final int RESULTS = 8;
    /** The search text in the address bar. */
    static final String QUERY = "q";

    final TextField search = new TextField();
    final Div results = new Div();
    final UserCard card;
    private final MailboxSearch mailboxes;
    private List<Mailbox> found = List.of();

    LookupView(MailboxSearch mailboxes, MailboxEdits edits, ProjectService project, LiveUpdates live, Presence presence, Clock clock,
               CurrentUser user) {
        this.mailboxes = mailboxes;
        this.card = new UserCard(mailboxes, edits, project, live, presence, clock, user.hasAnyRole(Role.HELPDESK, Role.ADMIN),
                user.hasRole(Role.ADMIN));
        setId("lookup-view");
        addClassName("lookup-view");
        setMaxWidth("60rem");
        search.setPlaceholder(getTranslation("lookup.search"));
        search.setHelperText(getTranslation("lookup.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setAutofocus(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(150);
        // only what the user types searches: the address bar sets the text itself when it opens a card
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                typed(change.getValue());
            }
        });
        search.addKeyPressListener(Key.ENTER, enter -> {
            if (!found.isEmpty()) {
                UI.getCurrent().navigate(LookupView.class, found.getFirst().primaryAddress(), queryOf(search.getValue()));
            }
        });
        results.addClassName("lookup-results");
        add(search, results, card);
    }

    /** {@code /lookup/<address>} opens that user's card; {@code /lookup?q=} (Back from a card) lists the results again. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String address) {
        String query = event.getLocation().getQueryParameters().getSingleParameter(QUERY).orElse("");
        if (address == null || address.isBlank()) {
            search.setValue(query);
            list(query);
            return;
        }
        results.removeAll();
        found = List.of();
        var mailbox = mailboxes.findByAddress(address);
        search.setValue(query.isBlank() ? mailbox.map(Mailbox::primaryAddress).orElse(address.strip()) : query);
        mailbox.ifPresentOrElse(card::show, () -> card.showNotFound(address.strip()));
    }

    /** The user typed: list what matches and keep the address bar on the search (replaced, not a new Back step). */
    private void typed(String query) {
        list(query);
        var shown = card.shown();
        String path = shown == null ? "lookup" : RouteConfiguration.forSessionScope().getUrl(LookupView.class, shown.primaryAddress());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, queryOf(query)));
    }

    private void list(String query) {
        results.removeAll();
        String text = query.strip();
        found = text.length() < 2 ? List.of() : mailboxes.search(text, RESULTS);
        if (text.length() >= 2 && found.isEmpty()) {
            results.add(new Paragraph(getTranslation("lookup.none", text)));
        }
        found.forEach(mailbox -> results.add(result(mailbox, text)));
        if (found.size() == 1) {
            card.show(found.getFirst());
        } else {
            card.clear(text.isEmpty() && mailboxes.noMailboxes());
        }
    }

    /** One result: a link to the card that tells same-named people apart by address, department and state. */
    private RouterLink result(Mailbox mailbox, String query) {
        var inventory = mailbox.inventory();
        var name = new Span(inventory.displayName());
        name.addClassName("result-name");
        var address = new Span(mailbox.primaryAddress());
        address.addClassName("result-address");
        var department = new Span(inventory.department());
        department.addClassName("result-department");
        department.setVisible(!inventory.department().isBlank());
        var link = new RouterLink(LookupView.class, mailbox.primaryAddress());
        link.setQueryParameters(queryOf(query));
        link.add(name, address, department, MailboxStateBadge.of(mailbox.state(), getLocale()));
        link.addClassName("lookup-result");
        return link;
    }

    private static QueryParameters queryOf(String query) {
        return query.isBlank() ? QueryParameters.empty() : QueryParameters.of(QUERY, query.strip());
    }

    /** The card's text, for tests. */
    String cardText() {
        return card.getElement().getTextRecursively();
    }

    /** The results' text, for tests. */
    String resultsText() {
        return results.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lookup");
    }
}
