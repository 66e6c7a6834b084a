package org.migrationtracker.security.token;

import jakarta.servlet.Filter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The filters the API's security chain adds before HTTP Basic. Made here, not as beans, so that Spring Boot does not
 * also register them for every path of the servlet container.
 */
@Component
public class ApiRequestFilters {

    private final ApiTokenCheck check;
    private final ApplicationEventPublisher events;

    ApiRequestFilters(ApiTokenCheck check, ApplicationEventPublisher events) {
        this.check = check;
        this.events = events;
    }

    /** Refuses the media types of cross-site forms on calls that change data. */
    public Filter crossSiteFormGuard() {
        return new CrossSiteFormGuard();
    }

    /** Signs in calls with {@code Authorization: Bearer mtk_…}. */
    public Filter bearerTokens() {
        return new BearerTokenFilter(check, events);
    }
}
