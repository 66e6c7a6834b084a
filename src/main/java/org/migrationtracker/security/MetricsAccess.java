package org.migrationtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;
import org.migrationtracker.security.headers.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /actuator/prometheus} for the monitoring's scraper: only with {@code Authorization: Bearer} and the token
 * configured as {@code tracker.metrics.token} ({@code TRACKER_METRICS_TOKEN}); without a configured token nobody
 * reads it. Stateless, apart from the users' sign-in, and the same on a separate management port.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

    static final String AUTHORITY = "METRICS_SCRAPE";

    @Bean
    @Order(0)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, @Value("${tracker.metrics.token:}") String token) throws Exception {
        SecurityHeaders.apply(http);
        // the endpoint wherever management puts it (another base path or port)
        return http.securityMatcher(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(AUTHORITY))
                .addFilterBefore(new ScrapeToken(token), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        ScrapeToken.refuse(request, response, token)))
                .build();
    }

    /** The scraper's bearer token, compared in constant time. */
    static final class ScrapeToken extends OncePerRequestFilter {

        private final byte[] token;

        ScrapeToken(String token) {
            this.token = token.strip().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (token.length > 0 && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                var scraper = UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                        AuthorityUtils.createAuthorityList(AUTHORITY));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(scraper);
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }

        static void refuse(HttpServletRequest request, HttpServletResponse response, String token) throws IOException {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Migration Tracker metrics\"");
            ProblemAnswer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, token.isBlank()
                    ? "The metrics are not readable: set TRACKER_METRICS_TOKEN and send it as Authorization: Bearer"
                    : "Send the metrics token (TRACKER_METRICS_TOKEN) as Authorization: Bearer");
        }
    }
}
