package org.migrationtracker.project;

import java.util.regex.Pattern;

/** Host-name syntax (an FQDN such as mail.contoso.com): the endpoints' servers and the plan's values share it. */
public final class HostName {

    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private HostName() {
    }

    /** At least two labels of letters, digits and inner hyphens, at most 253 characters; a final dot is allowed. */
    public static boolean isValid(String name) {
        return HOST.matcher(name.endsWith(".") ? name.substring(0, name.length() - 1) : name).matches();
    }
}
