package org.migrationtracker.notice;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.migrationtracker.i18n.Message;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The move window as an iCalendar event (RFC 5545, ical4j as the plan's calendar, docs/adr/0017): all-day from the
 * batch's planned start to its planned end (or that one day), free time, METHOD:PUBLISH (an event to add, not a meeting
 * that expects replies). Its UID is stable per batch and mailbox, so a resent announcement updates the same event.
 */
final class MoveInvitation {

    static final String MEDIA_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";
    static final String FILE_NAME = "mailbox-move.ics";
    private static final String PRODUCT = "-//Migration Tracker//Notices//EN";

    private MoveInvitation() {
    }

    static String of(String batchName, long mailboxId, LocalDate start, LocalDate end, String organisation, Locale locale, Instant stamp) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        var event = new VEvent(false);
        event.add(new Uid("move-" + batchName + "-" + mailboxId + "@migration-tracker"));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end.plusDays(1)));
        event.add(new Summary(Message.of("notice.calendar.summary").in(locale)));
        event.add(new Description(organisation.isBlank() ? Message.of("notice.calendar.description-unnamed").in(locale)
                : Message.of("notice.calendar.description", organisation).in(locale)));
        event.add(ImmutableTransp.TRANSPARENT);
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
