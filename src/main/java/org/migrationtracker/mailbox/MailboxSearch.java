package org.migrationtracker.mailbox;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads mailboxes, for every screen and the API: grid pages, one mailbox by id or address, the
 * helpdesk's search, history and notes, and the values the filters offer. Reads only.
 */
@Service
@NamedInterface(name = "search", propagate = true)
public class MailboxSearch {

    /** How many history entries a detail view shows. */
    public static final int HISTORY_LIMIT = 500;
    public static final int TIMELINE_LIMIT = 30;
    private static final List<String> TIMELINE_FIELDS = List.of("state", "batch", "note", "imported",
            "outlook_profile_reconfigured", "licence_assigned_on", "um_reenabled", "microsoft_status", MailboxNotices.FIELD);

    private final MailboxStore store;
    private final ConversionStore conversion;
    private final MailboxMeters meters;

    MailboxSearch(MailboxStore store, ConversionStore conversion, MailboxMeters meters) {
        this.meters = meters;
        this.store = store;
        this.conversion = conversion;
    }

    // page and count are one statement each, consistent on its own: no transaction of their own, which would cost the
    // grid more round trips than the page's own query (begin, read-only on and off, commit; docs/adr/0046)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> page(MailboxFilter filter, MailboxSort sort, boolean ascending, int offset, int limit) {
        return store.page(filter, sort, ascending, offset, limit, null);
    }

    /**
     * One page, for a caller that knows how many mailboxes match (the grid's count): a page in the second half is
     * read from the far end, so the last page costs what the first costs. A total that is behind by a few rows
     * shifts the page by as many, as any offset paging does when rows come and go.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> page(MailboxFilter filter, MailboxSort sort, boolean ascending, int offset, int limit, int total) {
        return store.page(filter, sort, ascending, offset, limit, total);
    }

    @PreAuthorize("isAuthenticated()")
    public int count(MailboxFilter filter) {
        return store.count(filter);
    }

    /** How many of the mailboxes matching the filter are in each state (states without any are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<MailboxState, Integer> countsByState(MailboxFilter filter) {
        return store.countsByState(filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Mailbox> find(long id) {
        return store.findById(id);
    }

    /** Whether no mailbox has been imported yet (without counting them all). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean noMailboxes() {
        return store.noMailboxes();
    }

    /** The ids of every mailbox the filter matches, in one statement (what another module's bulk action targets). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> idsMatching(MailboxFilter filter) {
        return store.idsMatching(filter);
    }

    /** These mailboxes, read in one statement, in the order of the ids; removed ones are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> findAll(Collection<Long> ids) {
        return store.findAll(ids);
    }

    /** By primary address or any proxy address, case-insensitive. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Mailbox> findByAddress(String address) {
        return store.findByAddress(address);
    }

    /** Finds users while someone types: name, address, alias; accents and small typos ignored; best first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> search(String query, int limit) {
        return meters.search(() -> store.search(query, Math.max(1, Math.min(limit, 50))));
    }

    /** The mailbox's X500 addresses from the inventory (kept apart from its SMTP proxy addresses). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<String> x500Addresses(long mailboxId) {
        return conversion.x500Addresses(mailboxId);
    }

    /** Every recorded change of the mailbox, newest first: for the mailbox grid's dialog (admins, the lead). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<HistoryEntry> history(long mailboxId) {
        return store.history(mailboxId, HISTORY_LIMIT);
    }

    /**
     * The changes a user's own story is told by (state, batch, notes, Outlook, licence, Microsoft's status), newest
     * first, at most {@value #TIMELINE_LIMIT}: what the helpdesk's card shows, and all the helpdesk reads of a history.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> timeline(long mailboxId) {
        return store.history(mailboxId, HISTORY_LIMIT).stream()
                .filter(entry -> TIMELINE_FIELDS.contains(entry.field())).limit(TIMELINE_LIMIT).toList();
    }

    /** When the mailbox reached a state last (from its history), e.g. when it was completed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> reached(long mailboxId, MailboxState state) {
        return store.history(mailboxId, HISTORY_LIMIT).stream()
                .filter(entry -> entry.field().equals("state") && state.name().equals(entry.newValue()))
                .map(HistoryEntry::at).findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MailboxNote> notes(long mailboxId) {
        return store.notes(mailboxId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> batchNames() {
        return store.openBatchNames();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> departments() {
        return store.departments();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> databases() {
        return store.databases();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean receiveAs(String database) {
        return store.receiveAs(database);
    }
}
