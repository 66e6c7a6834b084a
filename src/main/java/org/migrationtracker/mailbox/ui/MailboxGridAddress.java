package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grid's whole filter in its address, so that an address can be shared and Back returns to the filter before:
 * the parameters other screens link with ({@link MailboxesLink}: reason, ready, batch, q) and the grid's others
 * (state, department, database, um, fullaccess, writeproperty). A value the address gets wrong sets no filter.
 */
final class MailboxGridAddress {

    private static final String STATE = "state";
    private static final String DEPARTMENT = "department";
    private static final String DATABASE = "database";
    private static final String UM = "um";
    private static final String FULL_ACCESS = "fullaccess";
    private static final String WRITE_PROPERTY = "writeproperty";

    private MailboxGridAddress() {
    }

    static QueryParameters of(MailboxFilter filter) {
        var link = new MailboxesLink(filter.reason(), filter.ready(), blankIsNull(filter.batch()), blankIsNull(filter.text()));
        var parameters = new LinkedHashMap<>(link.queryParameters().getParameters());
        if (!filter.states().isEmpty()) {
            parameters.put(STATE, List.of(String.join(",", EnumSet.copyOf(filter.states()).stream().map(Enum::name).toList())));
        }
        put(parameters, DEPARTMENT, blankIsNull(filter.department()));
        put(parameters, DATABASE, blankIsNull(filter.database()));
        put(parameters, UM, filter.umEnabled());
        put(parameters, FULL_ACCESS, filter.fullAccess());
        put(parameters, WRITE_PROPERTY, filter.writeProperty());
        return new QueryParameters(parameters);
    }

    static MailboxFilter filter(QueryParameters parameters) {
        var link = MailboxesLink.from(parameters);
        Set<MailboxState> states = parameters.getSingleParameter(STATE).map(MailboxGridAddress::states).orElse(Set.of());
        return new MailboxFilter(states, link.ready(), link.reason(), parameters.getSingleParameter(DEPARTMENT).orElse(null),
                parameters.getSingleParameter(DATABASE).orElse(null), yesNo(parameters, UM), yesNo(parameters, FULL_ACCESS),
                yesNo(parameters, WRITE_PROPERTY), link.text(), link.batch());
    }

    private static Set<MailboxState> states(String names) {
        var states = EnumSet.noneOf(MailboxState.class);
        Arrays.stream(names.split(",")).map(String::strip).forEach(name -> stateNamed(name).ifPresent(states::add));
        return states;
    }

    private static Optional<MailboxState> stateNamed(String name) {
        return Arrays.stream(MailboxState.values()).filter(state -> state.name().equals(name)).findFirst();
    }

    private static @Nullable Boolean yesNo(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).filter(value -> value.equals("true") || value.equals("false"))
                .map(Boolean::parseBoolean).orElse(null);
    }

    private static @Nullable String blankIsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }
}
