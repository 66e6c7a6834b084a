package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The editable values of the project's settings, as a form or the API sends them.
 *
 * @param routingDomain     the tenant's Microsoft 365 routing domain (e.g. contoso.mail.onmicrosoft.com), where converted
 *                          mail users point; empty when not known (a request without it means empty)
 * @param expectedMailboxes how many mailboxes the admin expects to move, for the method advice before any import
 * @param longCoexistence   on-premises and cloud mailboxes must coexist for months
 */
public record ProjectSettingsData(
        String organisationName,
        List<String> smtpDomains,
        SourceVersion sourceVersion,
        MigrationMethod method,
        boolean directorySync,
        boolean singleSignOn,
        String migrationAdminAccount,
        String routingDomain,
        @Nullable Integer expectedMailboxes,
        Boolean longCoexistence) {

    /** More mailboxes than any tracker project holds (the inventory import's own limit). */
    static final int MAX_EXPECTED = 1_000_000;

    /** Older callers: no expected count, no long coexistence. */
    public ProjectSettingsData(String organisationName, List<String> smtpDomains, SourceVersion sourceVersion,
                               MigrationMethod method, boolean directorySync, boolean singleSignOn,
                               String migrationAdminAccount, String routingDomain) {
        this(organisationName, smtpDomains, sourceVersion, method, directorySync, singleSignOn, migrationAdminAccount,
                routingDomain, null, false);
    }

    public ProjectSettingsData {
        smtpDomains = List.copyOf(smtpDomains);
        // older scripts send no routing domain, expected count or coexistence
        routingDomain = routingDomain == null ? "" : routingDomain.strip();
        longCoexistence = Boolean.TRUE.equals(longCoexistence);
    }

    /** The values a problem can be about, for a form to show it at its field. */
    public enum Field {
        ORGANISATION, SMTP_DOMAINS, MIGRATION_ADMIN, EXPECTED_MAILBOXES, ROUTING_DOMAIN
    }

    /** @return what makes these values unacceptable, empty when they are fine */
    public List<Message> problems() {
        return List.copyOf(problemsByField().values());
    }

    /** @return each unacceptable value's problem (the first for a value), in the form's order; empty when all are fine */
    public Map<Field, Message> problemsByField() {
        var problems = new EnumMap<Field, Message>(Field.class);
        if (organisationName.isBlank()) {
            problems.put(Field.ORGANISATION, Message.of("project.organisation-needed"));
        } else if (organisationName.length() > 200) {
            problems.put(Field.ORGANISATION, Message.of("project.organisation-too-long", 200));
        }
        var badDomains = smtpDomains.stream().filter(domain -> !ProjectSettings.isDomain(domain)).toList();
        if (!badDomains.isEmpty()) {
            // every bad domain, in one sentence at the one field
            problems.put(Field.SMTP_DOMAINS, badDomains.size() == 1 ? Message.of("project.bad-domain", badDomains.getFirst())
                    : Message.of("project.bad-domains", String.join(", ", badDomains)));
        }
        if (migrationAdminAccount.length() > 256) {
            problems.put(Field.MIGRATION_ADMIN, Message.of("project.admin-account-too-long", 256));
        }
        if (expectedMailboxes != null && (expectedMailboxes < 0 || expectedMailboxes > MAX_EXPECTED)) {
            problems.put(Field.EXPECTED_MAILBOXES, Message.of("project.bad-expected-mailboxes", MAX_EXPECTED));
        }
        if (!routingDomain.isEmpty() && !isRoutingDomain(routingDomain)) {
            problems.put(Field.ROUTING_DOMAIN, Message.of("project.bad-routing-domain", routingDomain));
        }
        return problems;
    }

    /** A domain of the tenant's own: contoso.mail.onmicrosoft.com or contoso.onmicrosoft.com. */
    static boolean isRoutingDomain(String candidate) {
        String domain = candidate.strip().toLowerCase(Locale.ROOT);
        return ProjectSettings.isDomain(domain) && domain.endsWith(".onmicrosoft.com") && !domain.equals("onmicrosoft.com")
                && !domain.startsWith("mail.onmicrosoft.com");
    }
}
