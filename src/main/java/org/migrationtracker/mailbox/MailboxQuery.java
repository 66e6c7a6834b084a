package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Locale;

/** The WHERE clause of a filter, with named parameters. */
final class MailboxQuery {
    private final StringBuilder sql = new StringBuilder();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    MailboxQuery(MailboxFilter f) {
        if (!f.states().isEmpty()) {
            and("m.state in (:states)", "states", f.states().stream().map(Enum::name).toList());
        }
        if (f.ready() != null) {
            and("m.ready = :ready", "ready", f.ready());
        }
        if (f.reason() != null) {
            and("m.readiness @> array[:reason]::text[]", "reason", f.reason().name());
        }
        if (f.department() != null && !f.department().isBlank()) {
            and("m.department = :department", "department", f.department());
        }
        if (f.database() != null && !f.database().isBlank()) {
            and("lower(m.database_name) = lower(:database)", "database", f.database());
        }
        if (f.umEnabled() != null) {
            and("m.um_enabled = :um", "um", f.umEnabled());
        }
        if (f.fullAccess() != null) {
            and("m.full_access = :fullAccess", "fullAccess", f.fullAccess());
        }
        if (f.writeProperty() != null) {
            and("m.write_property = :writeProperty", "writeProperty", f.writeProperty());
        }
        if (f.batch() != null && !f.batch().isBlank()) {
            and("m.batch_id in (select id from batch_name where lower(name) = lower(:batch))", "batch", f.batch());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip().toLowerCase(Locale.ROOT);
            // the helpdesk search's folded text and its trigram index: accents ignored, any part of a name, alias
            // or address before the @ (domains are left out of it: every row shares them)
            int at = text.indexOf('@');
            String local = at < 0 ? text : text.substring(0, at);
            // every address of the mailbox in one lower-case text with a trigram index (V030)
            String addressCheck = "mailbox_addresses_of(m.primary_address, m.proxy_addresses) like :address";
            if (at >= 0 && local.length() >= 2) {
                // "pilar@contoso" or a full proxy address: the index narrows by the part before the @
                and("m.search_text like tracker_fold(:like) and " + addressCheck, "like", like(local));
                params.addValue("address", like(text));
            } else if (at >= 0) {
                // "@fabrikam.com": addresses only
                and(addressCheck, "address", like(text));
            } else if (text.contains(".") && !text.contains(" ")) {
                // "contoso.dk" or "pilar.pinilla": a domain or the part before the @
                and("(m.search_text like tracker_fold(:like) or " + addressCheck + ")", "like", like(text));
                params.addValue("address", like(text));
            } else {
                and("m.search_text like tracker_fold(:like)", "like", like(text));
            }
        }
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private void and(String condition, String name, Object value) {
        sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
        params.addValue(name, value);
    }

    String sql() {
        return sql.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }
}
