package org.migrationtracker.plan;

import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.TrackerUserChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each tracker user's calendar subscription: a URL whose secret lets Outlook fetch the plan's calendar without a
 * login. Only the secret's SHA-256 is stored (docs/adr/0017), so a URL can be shown only when it is made: renewing
 * makes a new one and the old one stops working at once.
 */
@Service
public class CalendarSubscriptions {

    /** Where the calendar is fetched without a login: {@code /calendar/<token>.ics}. */
    public static final String PATH_PREFIX = "/calendar/";
    public static final String PATH_SUFFIX = ".ics";
    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;
    private final CalendarExport export;
    private final UserDetailsService users;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    CalendarSubscriptions(JdbcTemplate jdbc, CalendarExport export, UserDetailsService users, Clock clock,
                          CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.export = export;
        this.users = users;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The signed-in user has a subscription URL (made earlier; it cannot be shown again, only renewed). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean subscribed() {
        return jdbc.queryForObject("select count(*) from calendar_subscription where username = ?", Integer.class,
                currentUser.name()) > 0;
    }

    /** A new URL path for the signed-in user (made if they had none); the old URL answers 404 from now on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String renew() {
        String token = newToken();
        jdbc.update("""
                insert into calendar_subscription (username, token_hash, created_at) values (?, ?, ?)
                on conflict (username) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""",
                currentUser.name(), hash(token), Timestamp.from(clock.instant()));
        return path(token);
    }

    /** A user who may no longer sign in loses their subscription: enabled again, they make a new URL. */
    @EventListener
    void userChanged(TrackerUserChanged changed) {
        if (enabledUser(changed.username()).isEmpty()) {
            jdbc.update("delete from calendar_subscription where username = ?", changed.username());
        }
    }

    /** Ends the signed-in user's subscription: its URL answers 404. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke() {
        jdbc.update("delete from calendar_subscription where username = ?", currentUser.name());
    }

    /**
     * The calendar behind a subscription URL's token, as its user sees it; empty for a wrong, renewed or revoked
     * token and for a user who may no longer sign in. No login: the token is the credential.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // the subscription URL's secret is the credential (docs/adr/0017)
    public Optional<byte[]> calendar(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        var usernames = jdbc.queryForList("select username from calendar_subscription where token_hash = ?", String.class,
                hash(token));
        return usernames.stream().findFirst().flatMap(this::enabledUser).map(this::calendarAs);
    }

    /** The token of a URL path this service made, for a subscription URL a screen shows. */
    public static Optional<String> token(String path) {
        int start = path.lastIndexOf(PATH_PREFIX);
        if (start < 0 || !path.endsWith(PATH_SUFFIX)) {
            return Optional.empty();
        }
        String token = path.substring(start + PATH_PREFIX.length(), path.length() - PATH_SUFFIX.length());
        return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    private Optional<UserDetails> enabledUser(String username) {
        try {
            var user = users.loadUserByUsername(username);
            return user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The calendar with the subscriber's own rights and language, as if they downloaded it. */
    private byte[] calendarAs(UserDetails user) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return export.forCurrentUser();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String path(String token) {
        return PATH_PREFIX + token + PATH_SUFFIX;
    }
}
