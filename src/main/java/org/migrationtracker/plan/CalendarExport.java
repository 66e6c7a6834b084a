package org.migrationtracker.plan;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The plan's milestones as an iCalendar file (RFC 5545, written by ical4j, docs/adr/0017) for Outlook: one event per
 * milestone with a stable UID, all-day for days and timed (UTC) for the MX switch and its 72 hours. It reveals the
 * milestones' words and counts only: no mailbox, address or note.
 */
@Component
public class CalendarExport {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    public static final String FILE_NAME = "migration-plan.ics";
    static final String PRODUCT = "-//Migration Tracker//Project plan//EN";
    static final String UID_DOMAIN = "@migration-tracker";
    /** How often a subscribed client should fetch again (Outlook reads X-PUBLISHED-TTL, RFC 7986 REFRESH-INTERVAL). */
    static final String REFRESH = "PT1H";

    private final PlanService plan;
    private final ProjectService project;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarExport(PlanService plan, ProjectService project, CurrentUser currentUser, Clock clock) {
        this.plan = plan;
        this.project = project;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's calendar, in the language they chose in the tracker (English when they chose none). */
    @PreAuthorize("isAuthenticated()")
    public byte[] forCurrentUser() {
        return forCurrentUser(currentUser.locale());
    }

    /** The calendar in the given language (the screen's, for a download from the UI). */
    @PreAuthorize("isAuthenticated()")
    public byte[] forCurrentUser(Locale locale) {
        return render(plan.timeline(), project.current().getOrganisationName(), locale, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param organisation shown as the calendar's name in the client
     * @param stamp        DTSTAMP of every event: when this copy was made
     */
    public static String render(List<Milestone> milestones, String organisation, Locale locale, Instant stamp) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name(organisation, locale)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH));
        var refresh = new XProperty("REFRESH-INTERVAL", REFRESH);
        refresh.add(Value.DURATION);
        calendar.add(refresh);
        for (var milestone : milestones) {
            calendar.add(event(milestone, locale, stamp));
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Milestone milestone, Locale locale, Instant stamp) {
        var event = new VEvent(false);
        event.add(new Uid(milestone.uid() + UID_DOMAIN));
        event.add(new DtStamp(stamp));
        if (milestone.at() == null) {
            event.add(new DtStart<>(milestone.day()));
            event.add(new DtEnd<>(milestone.day().plusDays(1)));
        } else {
            event.add(new DtStart<>(milestone.at()));
            event.add(new DtEnd<>(milestone.at()));
        }
        event.add(new Summary(milestone.what().in(locale)));
        var categories = new Categories(Message.of("plan.calendar.category").in(locale));
        if (milestone.late()) {
            categories.addCategory(Message.of("plan.calendar.late").in(locale));
        }
        event.add(categories);
        // a milestone is a date to keep in mind, not a meeting: it does not make anyone busy
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    static String name(String organisation, Locale locale) {
        return organisation.isBlank() ? Message.of("plan.calendar.name-unnamed").in(locale)
                : Message.of("plan.calendar.name", organisation).in(locale);
    }
}
