package org.migrationtracker.security.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
class SecurityLogConfiguration {

    /**
     * Refusals as events: method security publishes an {@code AuthorizationDeniedEvent} for a refused
     * {@code @PreAuthorize} only when this bean exists; the URL rules use it too. Only refusals are published.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
