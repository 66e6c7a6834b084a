package org.migrationtracker.security.headers;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every filter chain sends (docs/adr/0030, README "Behind a reverse proxy"): a content
 * security policy Vaadin 25.2 works under, no referrer to other sites, no camera, microphone or location, no
 * framing, no content sniffing, and HSTS on secure requests only (Spring Security's default matcher; behind a TLS
 * proxy the request is secure when Tomcat honours {@code X-Forwarded-Proto}).
 */
public final class SecurityHeaders {

    /**
     * What the screens need and nothing more: Vaadin Flow 25.2 starts its client engine with an inline script and
     * builds functions from the JavaScript the server sends ({@code 'unsafe-inline' 'unsafe-eval'}); its components
     * set inline styles and use {@code data:} images and fonts. Push runs over the same origin ({@code 'self'}
     * covers {@code ws:}/{@code wss:} there). Nothing may frame the tracker, load plugins or post forms elsewhere.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features the tracker never uses, denied to it and to anything it might embed. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()", "interest-cohort=()");

    /** A year, the usual value for a site that serves nothing over plain HTTP. */
    static final long HSTS_SECONDS = 31_536_000;

    private SecurityHeaders() {
    }

    /** Applies the headers to a filter chain; each chain in SecurityConfig calls this once. */
    public static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(nosniff -> { })
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // before the answer, not when it commits: Vaadin forwards the bootstrap page to its servlet,
                        // and a forwarded answer is committed past Spring Security's wrapper, which then writes none
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
