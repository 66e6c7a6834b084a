package org.migrationtracker.security.session;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.migrationtracker.live.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The signed-in HTTP sessions this instance holds (Tomcat keeps them in memory). When a session ends anywhere
 * ({@link SessionsEnded}, from this instance or another), this instance sends its open screens to the sign-in page
 * and invalidates it; when Tomcat ends one (timeout, sign-out), its registry row is closed.
 */
@Component
class LocalSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(LocalSessions.class);

    private final Map<UUID, HttpSession> sessions = new ConcurrentHashMap<>();
    private final Set<UUID> ended = ConcurrentHashMap.newKeySet();
    private final SessionRegistry registry;
    /** How long the tabs of an ended session have to receive the push that sends them to the sign-in page. */
    private static final Duration PUSH_GRACE = Duration.ofSeconds(2);
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "session-end");
        thread.setDaemon(true);
        return thread;
    });

    LocalSessions(SessionRegistry registry, LiveUpdates live) {
        this.registry = registry;
        live.subscribe(SessionsEnded.class, Runnable::run, this::ended);
    }

    void signedIn(HttpSession session, SessionMark mark) {
        session.setAttribute(SessionMark.ATTRIBUTE, mark);
        sessions.put(mark.id, session);
    }

    /** Whether a session was ended while a request of it was already under way. */
    boolean isEnded(UUID id) {
        return ended.contains(id);
    }

    /** How many signed-in sessions this instance holds now. */
    int count() {
        return sessions.size();
    }

    /** How many different users are signed in on this instance now. */
    int users() {
        var users = new java.util.HashSet<String>();
        for (var session : sessions.values()) {
            try {
                var mark = SessionMark.of(session);
                if (mark != null) {
                    users.add(mark.username);
                }
            } catch (IllegalStateException invalidated) {
                // ended meanwhile: no longer signed in
            }
        }
        return users.size();
    }

    void ended(SessionsEnded event) {
        List<UUID> ids = event.sessions().isEmpty()
                // the event was too large for one notification: ask the registry about each of ours
                ? sessions.keySet().stream().filter(id -> !registry.isOpen(id)).toList()
                : event.sessions().stream().map(UUID::fromString).toList();
        ids.forEach(this::endHere);
    }

    /** Ends a session of this instance: its open screens go to the sign-in page, then it is invalidated. */
    void endHere(UUID id) {
        var session = sessions.remove(id);
        if (session == null) {
            return;
        }
        ended.add(id);
        String signIn = session.getServletContext().getContextPath() + "/login";
        var screens = VaadinSession.getAllSessions(session);
        try {
            for (var vaadin : screens) {
                vaadin.access(() -> vaadin.getUIs().forEach(ui -> ui.getPage().setLocation(signIn)));
            }
        } catch (RuntimeException notDelivered) {
            log.debug("Could not send the screens of an ended session to the sign-in page: {}", notDelivered.toString());
        }
        if (screens.isEmpty()) {
            invalidate(session);
        } else {
            // the push must reach the tabs before the session goes; a request meanwhile finds it ended (SessionCheck),
            // and a tab the push missed finds it gone at its next heartbeat
            later.schedule(() -> invalidate(session), PUSH_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        var mark = SessionMark.of(event.getSession());
        if (mark == null) {
            return;
        }
        sessions.remove(mark.id);
        if (ended.remove(mark.id)) {
            return;
        }
        try {
            // timed out, or this instance stops; a sign-out closed its row already, so this changes nothing then
            registry.end(List.of(mark.id), SessionEnd.EXPIRED);
        } catch (RuntimeException databaseGone) {
            log.debug("Could not close the registry row of an expired session: {}", databaseGone.getMessage());
        }
    }
}
