package org.migrationtracker.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.migrationtracker.plan.CalendarExport;
import org.migrationtracker.plan.CalendarSubscriptions;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Duration;

/**
 * The plan's calendar: {@code GET /api/v1/plan/calendar.ics} for a signed-in caller, the caller's own subscription
 * URL under {@code /api/v1/plan/calendar/subscription}, and {@code GET /calendar/<token>.ics}, which Outlook fetches
 * without a login (docs/adr/0017).
 */
@Tag(name = "Calendar", description = "The plan's calendar, to download or subscribe to")
@RestController
class CalendarApi {

    /** Subscribed clients may keep a copy a few minutes; shared caches (proxies) none. */
    static final Duration CLIENT_CACHE = Duration.ofMinutes(5);
    static final MediaType CALENDAR = MediaType.parseMediaType(CalendarExport.MEDIA_TYPE);

    private final CalendarExport export;
    private final CalendarSubscriptions subscriptions;

    CalendarApi(CalendarExport export, CalendarSubscriptions subscriptions) {
        this.export = export;
        this.subscriptions = subscriptions;
    }

    /**
     * @param url       the https (or http) URL to paste into Outlook's "Subscribe from web"
     * @param webcalUrl the same with the webcal scheme, which opens the calendar app directly
     */
    record SubscriptionJson(String url, String webcalUrl) {
    }

    record SubscribedJson(boolean subscribed) {
    }

    @Operation(operationId = "downloadPlanCalendar", summary = "Download the plan's calendar (iCalendar)",
            description = "Every role. One event per milestone of the plan and its batches.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @GetMapping("/api/v1/plan/calendar.ics")
    ResponseEntity<byte[]> download() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(CalendarExport.FILE_NAME).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(export.forCurrentUser());
    }

    /** Whether the caller has a subscription URL (it is shown only when made: POST makes a new one). */
    @Operation(operationId = "getCalendarSubscription", summary = "Whether the caller has a calendar subscription URL",
            description = "Every role. The URL itself is shown only when made.")
    @GetMapping("/api/v1/plan/calendar/subscription")
    SubscribedJson subscribed() {
        return new SubscribedJson(subscriptions.subscribed());
    }

    /** Makes the caller's subscription URL, or a new one: the previous URL answers 404 from now on. */
    @Operation(operationId = "renewCalendarSubscription", summary = "Make a new calendar subscription URL (the previous one stops working)",
            description = "Every role. The answer holds the https and webcal URLs; the previous URL answers 404 from now on.")
    @PostMapping("/api/v1/plan/calendar/subscription")
    SubscriptionJson renew() {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(subscriptions.renew()).toUriString();
        return new SubscriptionJson(url, webcal(url));
    }

    @Operation(operationId = "revokeCalendarSubscription", summary = "Revoke the caller's calendar subscription URL",
            description = "Every role. The URL answers 404 from now on.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/api/v1/plan/calendar/subscription")
    ResponseEntity<Void> revoke() {
        subscriptions.revoke();
        return ResponseEntity.noContent().build();
    }

    /** No login: the token is the credential. A wrong, renewed or revoked token, or a disabled user, is a bare 404. */
    @Operation(operationId = "getSubscribedCalendar", summary = "The calendar behind a subscription URL (no sign-in: the token is the credential)",
            description = "No sign-in: the token in the path is the credential. A wrong, renewed or revoked token, or a disabled user, is a bare 404.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> subscription(@PathVariable String token) {
        return subscriptions.calendar(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(CLIENT_CACHE).cachePrivate())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(404).cacheControl(CacheControl.noStore()).build());
    }

    static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }
}
