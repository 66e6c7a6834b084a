package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ReadinessReason;
import org.springframework.modulith.NamedInterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A link to the mailbox grid with some of its filters set, for other screens (the dashboard's blockers, a batch's
 * mailboxes). The one definition of the grid's query parameters: other modules build links with the factories, the
 * grid reads them back with {@link #from(QueryParameters)}. A null field is a filter the link leaves as it is.
 *
 * @param text the grid's free-text search
 */
@NamedInterface("links")
public record MailboxesLink(@Nullable ReadinessReason reason, @Nullable Boolean ready, @Nullable String batch,
                            @Nullable String text) {

    /** The grid's route. */
    public static final String ROUTE = "mailboxes";

    private static final String REASON = "reason";
    private static final String READY = "ready";
    private static final String BATCH = "batch";
    private static final String TEXT = "q";

    /** The mailboxes that are not ready for this reason (the dashboard's "what blocks"). */
    public static MailboxesLink blockedBy(ReadinessReason reason) {
        return new MailboxesLink(reason, false, null, null);
    }

    /** The mailboxes of the batch of this name. */
    public static MailboxesLink inBatch(String batch) {
        return new MailboxesLink(null, null, batch, null);
    }

    /** The mailboxes the grid's search finds for this text. */
    public static MailboxesLink searching(String text) {
        return new MailboxesLink(null, null, null, text);
    }

    /** The address of the grid showing the mailboxes in this state (e.g. every failed one). */
    public static String hrefOfState(MailboxState state) {
        return ROUTE + "?" + MailboxGridAddress.of(MailboxFilter.all().withStates(Set.of(state))).getQueryString();
    }

    public QueryParameters queryParameters() {
        var parameters = new LinkedHashMap<String, List<String>>();
        put(parameters, REASON, reason == null ? null : reason.name());
        put(parameters, READY, ready == null ? null : ready.toString());
        put(parameters, BATCH, batch);
        put(parameters, TEXT, text);
        return new QueryParameters(parameters);
    }

    /** The address for an anchor, relative to the application's root: {@code mailboxes?reason=...&ready=false}. */
    public String href() {
        String query = queryParameters().getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    /**
     * The filters an address sets. An unknown reason (an edited address) sets none; a {@code ready} other than
     * {@code true} means not ready.
     */
    static MailboxesLink from(QueryParameters parameters) {
        var reason = parameters.getSingleParameter(REASON).flatMap(MailboxesLink::reasonNamed).orElse(null);
        var ready = parameters.getSingleParameter(READY).map(Boolean::parseBoolean).orElse(null);
        return new MailboxesLink(reason, ready, parameters.getSingleParameter(BATCH).orElse(null),
                parameters.getSingleParameter(TEXT).orElse(null));
    }

    private static Optional<ReadinessReason> reasonNamed(String name) {
        try {
            return Optional.of(ReadinessReason.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }
}
