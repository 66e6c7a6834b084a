package org.migrationtracker.project;

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
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (organisationName.isBlank()) {
            problems.add("Organisation name is required");
        } else if (organisationName.length() > 200) {
            problems.add("Organisation name must have at most 200 characters");
        }
        for (String domain : smtpDomains) {
            if (!ProjectSettings.isDomain(domain)) {
                problems.add("'" + domain + "' is not a domain name (e.g. contoso.com)");
            }
        }
        if (migrationAdminAccount.length() > 256) {
            problems.add("Migration admin account must have at most 256 characters");
        }
        return problems;
    }
}
