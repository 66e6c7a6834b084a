package org.migrationtracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.migrationtracker.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views use Vaadin's own @RolesAllowed checks (JSR-250 here would proxy the views)
class SecurityConfig {

    /**
     * The REST API for scripts: HTTP Basic with tracker users, no session, no CSRF token (no cookies to forge with);
     * admins write, every role reads. Services check roles again with @PreAuthorize.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/mailboxes/*/notes").hasAnyRole(Role.ADMIN.name(), Role.HELPDESK.name())
                        .requestMatchers("/api/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("Migration Tracker"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiErrors::unauthorized)
                        .accessDeniedHandler(ApiErrors::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Spring Boot's error page: an API call's 400 must not turn into a sign-in redirect
                .requestMatchers("/error").permitAll()
                .requestMatchers("/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets a future default coexist with stored hashes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
