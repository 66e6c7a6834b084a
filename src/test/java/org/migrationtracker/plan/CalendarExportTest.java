package org.migrationtracker.plan;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar Outlook reads: parsed back with the library that wrote it. */
class CalendarExportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final Instant mxAt = Instant.parse("2026-11-20T18:30:00Z");

    private final List<Milestone> milestones = List.of(
            new Milestone(Milestone.Kind.BATCH_PLANNED, LocalDate.of(2026, 11, 18), null,
                    Message.of("plan.milestone.BATCH_PLANNED.late", "Finance1"), true, Step.MIGRATE_MAILBOXES,
                    "Finance1", "batch-planned-Finance1"),
            new Milestone(Milestone.Kind.MX_SWITCH, LocalDate.of(2026, 11, 20), mxAt,
                    Message.of("plan.milestone.MX_SWITCH"), false, Step.MX_SWITCH, null, "mx-switch"),
            new Milestone(Milestone.Kind.STEP_DUE, LocalDate.of(2026, 12, 1), null,
                    Message.of("plan.milestone.STEP_DUE", Message.of(Step.AUTODISCOVER.messageKey())), false,
                    Step.AUTODISCOVER, null, "step-AUTODISCOVER"));

    private static Calendar parsed(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void every_milestone_is_one_event_with_a_stable_uid_and_its_words_as_the_summary() throws Exception {
        var calendar = parsed(CalendarExport.render(milestones, "Contoso", Locale.ENGLISH, clock.instant()));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactly("batch-planned-Finance1@migration-tracker", "mx-switch@migration-tracker",
                        "step-AUTODISCOVER@migration-tracker");
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsExactly(
                "Batch Finance1 planned to start, not started yet", "MX record pointed to Microsoft 365",
                "Due: Create the Autodiscover CNAME record");
        assertThat(events).allSatisfy(e -> assertThat(value(e, "DTSTAMP")).isEqualTo("20261121T100000Z"));
        assertThat(calendar.<Property>getProperty("PRODID").orElseThrow().getValue()).isEqualTo(CalendarExport.PRODUCT);
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Contoso: migration plan");
    }

    @Test
    void a_day_is_an_all_day_event_and_the_mx_switch_a_timed_one_in_utc() throws Exception {
        String ics = CalendarExport.render(milestones, "Contoso", Locale.ENGLISH, clock.instant());
        List<VEvent> events = parsed(ics).getComponents("VEVENT");

        var day = events.getFirst();
        assertThat(value(day, "DTSTART")).isEqualTo("20261118");
        assertThat(value(day, "DTEND")).isEqualTo("20261119");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261118");
        var mx = events.get(1);
        assertThat(value(mx, "DTSTART")).isEqualTo("20261120T183000Z");
        assertThat(Instant.from(mx.getDateTimeStart().getDate())).isEqualTo(mxAt);
    }

    @Test
    void a_late_milestone_is_filed_under_late_and_the_others_are_not() throws Exception {
        List<VEvent> events = parsed(CalendarExport.render(milestones, "Contoso", Locale.ENGLISH, clock.instant()))
                .getComponents("VEVENT");

        assertThat(value(events.getFirst(), "CATEGORIES")).isEqualTo("Migration,Late");
        assertThat(value(events.get(2), "CATEGORIES")).isEqualTo("Migration");
    }

    @Test
    void the_calendar_speaks_the_subscribers_language() throws Exception {
        var danish = Locale.of("da");
        List<VEvent> events = parsed(CalendarExport.render(milestones, "Contoso", danish, clock.instant()))
                .getComponents("VEVENT");

        assertThat(value(events.get(1), "SUMMARY")).isEqualTo(Message.of("plan.milestone.MX_SWITCH").in(danish));
    }

    @Test
    void an_empty_plan_is_still_a_valid_calendar_without_events() throws Exception {
        var calendar = parsed(CalendarExport.render(List.of(), "", Locale.ENGLISH, clock.instant()));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Migration plan");
        calendar.validate();
    }
}
