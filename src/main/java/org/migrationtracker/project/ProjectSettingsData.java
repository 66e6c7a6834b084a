package org.migrationtracker.project;

import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;

/** The editable values of the project's settings, as a form or the API sends them. */
public record ProjectSettingsData(
        String organisationName,
        List<String> smtpDomains,
        SourceVersion sourceVersion,
        MigrationMethod method,
        boolean directorySync,
        boolean singleSignOn,
        String migrationAdminAccount) {

    public ProjectSettingsData {
        smtpDomains = List.copyOf(smtpDomains);
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
        return problems;
    }
}
