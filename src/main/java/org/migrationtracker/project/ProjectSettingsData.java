package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
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

    /** @return what makes these values unacceptable, empty when they are fine */
    public List<Message> problems() {
        var problems = new ArrayList<Message>();
        if (organisationName.isBlank()) {
            problems.add(Message.of("project.organisation-needed"));
        } else if (organisationName.length() > 200) {
            problems.add(Message.of("project.organisation-too-long", 200));
        }
        for (String domain : smtpDomains) {
            if (!ProjectSettings.isDomain(domain)) {
                problems.add(Message.of("project.bad-domain", domain));
            }
        }
        if (migrationAdminAccount.length() > 256) {
            problems.add(Message.of("project.admin-account-too-long", 256));
        }
        if (expectedMailboxes != null && (expectedMailboxes < 0 || expectedMailboxes > MAX_EXPECTED)) {
            problems.add(Message.of("project.bad-expected-mailboxes", MAX_EXPECTED));
        }
        if (!routingDomain.isEmpty() && !isRoutingDomain(routingDomain)) {
            problems.add(Message.of("project.bad-routing-domain", routingDomain));
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
