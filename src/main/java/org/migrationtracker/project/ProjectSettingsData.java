package org.migrationtracker.project;

import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editable values of the project's settings, as a form or the API sends them.
 *
 * @param routingDomain the tenant's Microsoft 365 routing domain (e.g. contoso.mail.onmicrosoft.com), where converted
 *                      mail users point; empty when not known (a request without it means empty)
 */
public record ProjectSettingsData(
        String organisationName,
        List<String> smtpDomains,
        SourceVersion sourceVersion,
        MigrationMethod method,
        boolean directorySync,
        boolean singleSignOn,
        String migrationAdminAccount,
        String routingDomain) {

    public ProjectSettingsData {
        smtpDomains = List.copyOf(smtpDomains);
        routingDomain = routingDomain == null ? "" : routingDomain.strip(); // older scripts send no routing domain
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
