package org.migrationtracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.migrationtracker.security.directory.DirectorySignIn;
import org.migrationtracker.security.headers.SecurityHeaders;
import org.migrationtracker.security.login.ThrottledSignIn;
import org.migrationtracker.security.session.TrackerSessions;
import org.migrationtracker.security.idempotency.IdempotentApiCalls;
import org.migrationtracker.security.token.ApiRequestFilters;
import org.migrationtracker.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

import java.util.ArrayList;
import java.util.List;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views use Vaadin's own @RolesAllowed checks (JSR-250 here would proxy the views)
class SecurityConfig {

    /**
     * The REST API for scripts: API tokens (Bearer) or HTTP Basic with tracker users, no session, no CSRF token (no
     * cookies to forge with, no Basic challenge, no form media types: docs/adr/0029); admins write, every role reads.
     * Services check roles again with @PreAuthorize.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiRequestFilters apiFilters, IdempotentApiCalls idempotent,
                                            AuthenticationManager signIn,
                                            @Qualifier("requestMappingHandlerMapping") HandlerMapping operations)
            throws Exception {
        SecurityHeaders.apply(http);
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        // each role reads what its screens show: the helpdesk has no batch screens
                        .requestMatchers(HttpMethod.GET, "/api/v1/batches", "/api/v1/batches/**").hasAnyRole(Role.ADMIN.name(), Role.LEAD.name())
                        // everything the tracker knows, in one file: admins only (docs/adr/0038)
                        .requestMatchers(HttpMethod.GET, "/api/v1/export.zip", "/api/v1/backup.zip").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/mailboxes/*/notes").hasAnyRole(Role.ADMIN.name(), Role.HELPDESK.name())
                        // the project lead keeps the plan with the admins; everyone has their own calendar subscription
                        .requestMatchers(HttpMethod.PUT, "/api/v1/plan/steps/*").hasAnyRole(Role.ADMIN.name(), Role.LEAD.name())
                        .requestMatchers("/api/v1/plan/calendar/subscription").authenticated()
                        .requestMatchers("/api/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .addFilterBefore(apiFilters.crossSiteFormGuard(), BasicAuthenticationFilter.class)
                .addFilterBefore(apiFilters.bearerTokens(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFirst(), BasicAuthenticationFilter.class)
                // after authorization: a retry is answered only for a user who may make the call now (docs/adr/0038)
                .addFilterAfter(idempotent.filter(), AuthorizationFilter.class)
                // a path no operation serves: a JSON 404, not the Vaadin app's page
                .addFilterAfter(new UnknownApiPaths(operations), AuthorizationFilter.class)
                // a wrong password answers like a missing one: no Basic challenge, so browsers never ask and cache
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors::unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiErrors::unauthorized)
                        .accessDeniedHandler(ApiErrors::forbidden))
                .build();
    }

    /**
     * The plan's calendar for Outlook's subscriptions: no login, the secret in the URL is the credential
     * (docs/adr/0017); no session, no saved request, no redirect to the sign-in page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain calendarSubscriptionFilterChain(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http);
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                // the answer sets its own Cache-Control: private for a calendar, no-store for a 404
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, TrackerSessions sessions, AuthenticationManager signIn)
            throws Exception {
        SecurityHeaders.apply(http);
        http.authenticationManager(signIn);
        sessions.configure(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Spring Boot's error page: an API call's 400 must not turn into a sign-in redirect
                .requestMatchers("/error").permitAll()
                .requestMatchers("/icons/**").permitAll());
        // an address that is no route reaches Vaadin for signed-in users, so they get the tracker's "page does not
        // exist" (base.ui.NotFoundView) rather than a bare 403; visitors are still sent to sign in
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Who may sign in, for the sign-in form and HTTP Basic alike: local tracker users first, then Active Directory's
     * when tracker.ldap.url is set (docs/adr/0032). The one place where the password checks are put together; sign-in
     * throttling (security.login.ThrottledSignIn, docs/adr/0028) wraps them.
     */
    @Bean
    PasswordChecks passwordChecks(TrackerUserDetailsService localUsers, PasswordEncoder passwordEncoder,
                                  DirectorySignIn directory) {
        var providers = new ArrayList<AuthenticationProvider>(
                List.of(ThrottledSignIn.localUsers(localUsers::loadLocalUserByUsername, passwordEncoder)));
        directory.provider().ifPresent(providers::add);
        return new PasswordChecks(providers);
    }

    @Bean
    AuthenticationManager signIn(ThrottledSignIn throttled, AuthenticationEventPublisher events) {
        var manager = new ProviderManager(throttled);
        // sign-in successes and failures reach listeners as with Spring Boot's own manager
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets a future default coexist with stored hashes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
