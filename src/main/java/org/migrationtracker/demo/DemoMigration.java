package org.migrationtracker.demo;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.CloudUserImportService;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.PostMigration;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepChange;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepStatus;
import org.migrationtracker.project.EndpointData;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettingsData;
import org.migrationtracker.project.SourceVersion;
import org.migrationtracker.security.TrackerUserName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeds a demo staged migration from Exchange 2007 for "Contoso (demo)" on an empty database: an inventory of
 * 480 mailboxes imported through the real import, permissions recorded, and batches at several stages
 * (Finance1 completed and converted, HR1 syncing with two failures, Sales1 planned), and the project plan with its
 * preparation mostly done, a step in progress, one late and the cut-over still ahead. It runs
 * only with the {@code demo} profile and never touches a database that already has mailboxes.
 */
@Component
@Profile("demo")
@Order(10)
class DemoMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMigration.class);
    private static final List<String> FIRST = List.of("Søren", "Åsa", "Pilar", "Toby", "Jørgen", "Inès", "Sanne", "Lars",
            "Maja", "Pieter", "Élodie", "Karin", "Mads", "Sofie", "Bram", "Ingrid", "Nils", "Camille", "Freja", "Joost");
    private static final List<String> LAST = List.of("Nielsen", "Lindqvist", "Pinilla", "Nixon", "Hansen", "Dubois",
            "de Vries", "Andersson", "Jensen", "Janssen", "Lefèvre", "Berg", "Christensen", "Bakker", "Olsen", "Moreau");
    /** Each first name's language, as Exchange's Languages attribute gives it (the others read the project's default). */
    private static final Map<String, String> LANGUAGES = Map.of("Søren", "da-DK", "Jørgen", "da-DK", "Lars", "da-DK", "Åsa", "sv-SE",
            "Inès", "fr-FR", "Sanne", "nl-NL", "Toby", "en-GB");
    private static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "HR", "IT", "Research", "Marketing",
            "Logistics", "Executive");

    private static final String ENDPOINT = "ContosoOutlookAnywhere";

    private final ProjectService project;
    private final InventoryImportService inventory;
    private final MailboxEdits mailboxes;
    private final MailboxSearch search;
    private final BatchService batches;
    private final NoticeService notices;
    private final CloudUserImportService cloudUsers;
    private final EndpointService endpoints;
    private final PlanService plans;
    private final Clock clock;

    DemoMigration(ProjectService project, InventoryImportService inventory, MailboxEdits mailboxes, MailboxSearch search, BatchService batches,
                  CloudUserImportService cloudUsers, EndpointService endpoints, PlanService plans, NoticeService notices, Clock clock) {
        this.notices = notices;
        this.plans = plans;
        this.endpoints = endpoints;
        this.batches = batches;
        this.cloudUsers = cloudUsers;
        this.project = project;
        this.inventory = inventory;
        this.mailboxes = mailboxes;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", "",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            if (!search.noMailboxes()) {
                return;
            }
            seed();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        var settings = project.current();
        project.update(new ProjectSettingsData("Contoso (demo)", List.of("contoso.com"), SourceVersion.EXCHANGE_2007,
                MigrationMethod.STAGED, true, false, "CONTOSO\\migadmin", "contoso.mail.onmicrosoft.com"), settings.getVersion());
        if (endpoints.find(ENDPOINT).isEmpty()) {
            endpoints.create(new EndpointData(ENDPOINT, EndpointKind.OUTLOOK_ANYWHERE, "exch-srv-01.corp.contoso.com",
                    "mail.contoso.com", "CONTOSO\\migadmin", 20));
        }
        var summary = inventory.importInventory("demo-inventory.csv", inventoryCsv(480));
        // directory synchronisation created the cloud users 26 days ago: the 30-day licence clock runs from then
        var everyone = search.page(MailboxFilter.all(), MailboxSort.PRIMARY_ADDRESS, true, 0, 1_000);
        cloudUsers.importCloudUsers("demo-cloud-users.csv", cloudUsersCsv(everyone.stream().map(m -> m.primaryAddress()).toList(),
                today().minusDays(26)));
        mailboxes.setReceiveAs("DB01", true);
        mailboxes.setReceiveAs("DB02", true);
        var db3 = MailboxFilter.all().withDatabase("DB03");
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(db3));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        // a few still blocked: WriteProperty missing, UM enabled, no access on DB04
        var someSales = search.page(MailboxFilter.all().withDepartment("Sales"),
                MailboxSort.PRIMARY_ADDRESS, true, 10, 3);
        mailboxes.bulk(new BulkAction.SetWriteProperty(false), BulkTarget.ids(someSales.stream().map(m -> m.id()).toList()));
        mailboxes.bulk(new BulkAction.SetUmEnabled(false), BulkTarget.matching(
                new MailboxFilter(Set.of(), null, null, "Finance", null, true, null, null, null)));

        var ready = Set.of(MailboxState.READY);
        batches.create(new BatchDraft("Finance1", StartMode.AUTOMATIC, today().minusDays(14), ENDPOINT,
                "Pilot department"), BulkTarget.matching(MailboxFilter.all().withStates(ready).withDepartment("Finance")), false);
        batches.markSynced("Finance1", version("Finance1"));
        batches.complete("Finance1", version("Finance1"));
        mailboxes.bulk(new BulkAction.MoveTo(MailboxState.CONVERTED_TO_MAIL_USER, ""), BulkTarget.matching(
                MailboxFilter.all().withStates(Set.of(MailboxState.COMPLETED)).withBatch("Finance1")));
        batches.create(new BatchDraft("HR1", StartMode.AUTOMATIC, today().minusDays(2), ENDPOINT, ""),
                BulkTarget.matching(MailboxFilter.all().withStates(ready).withDepartment("HR")), false);
        var failing = search.page(MailboxFilter.all().withBatch("HR1"), MailboxSort.PRIMARY_ADDRESS, true, 0, 2);
        mailboxes.bulk(new BulkAction.MoveTo(MailboxState.FAILED, "MigrationPermanentException: Couldn't connect to the source mailbox."),
                BulkTarget.ids(failing.stream().map(m -> m.id()).toList()));
        batches.create(new BatchDraft("Sales1", StartMode.MANUAL, today().plusDays(7), ENDPOINT, "After the HR batch"),
                BulkTarget.matching(MailboxFilter.all().withStates(ready).withDepartment("Sales")), false);
        var converted = search.page(new MailboxFilter(Set.of(MailboxState.CONVERTED_TO_MAIL_USER), null, null, null, null,
                null, null, null, null), MailboxSort.PRIMARY_ADDRESS, true, 0, 20);
        var today = today();
        for (var m : converted) {
            var steps = PostMigration.recorded(m.postMigration().cloudCreatedOn(), today.minusDays(10),
                    m.inventory().umWasEnabled(), true);
            mailboxes.recordPostMigration(m.id(), m.version(), steps);
        }
        seedPlan();
        // the schedule sends the notices now due (Finance1's welcome letters, HR1's "moves tonight", Sales1's
        // announcement) into the mail folder the demo profile names; Sales1's night shows as due next
        var noticeSettings = notices.settings();
        notices.saveSettings(true, noticeSettings.announcementDays(), noticeSettings.reminderDays(), "en", noticeSettings.version());
        log.info("Demo migration seeded: {} mailboxes of 'Contoso (demo)' ({})", summary.added(), summary.describe());
    }

    /**
     * The checklist through PlanService, so every value is validated as a person's would be. Steps done weeks ago say
     * when (StepChange.doneAt), as someone ticking them after the fact would. Owners are the demo users where they
     * exist (the lead and the admin), else left open.
     */
    private void seedPlan() {
        if (plans.plan().items().stream().anyMatch(item -> item.record().touched())) {
            // a plan kept from an earlier run (the inventory was emptied, the plan was not): leave it as it is
            return;
        }
        var now = clock.instant();
        var today = today();
        var txtAdded = now.minus(Duration.ofDays(35));
        done(Step.TELL_USERS, "lead", now.minus(Duration.ofDays(40)), "Intranet article and an e-mail to all staff; "
                + "each department heard again a week before its batch", Map.of());
        done(Step.VERIFY_DOMAIN, "admin", txtAdded.plus(Duration.ofMinutes(40)), "", Map.of(StepField.DOMAIN, "contoso.com",
                StepField.TXT_ADDED_AT, txtAdded.toString()));
        done(Step.OUTLOOK_ANYWHERE, "admin", now.minus(Duration.ofDays(31)), "Certificate from the public CA, with the "
                + "Autodiscover name", Map.of(StepField.EXCHANGE_SERVER, "EXCH-SRV-01.corp.contoso.com",
                StepField.RPC_PROXY_SERVER, "mail.contoso.com", StepField.TRUSTED_CERTIFICATE, "true"));
        done(Step.TEST_CONNECTIVITY, "admin", now.minus(Duration.ofDays(30)), "Remote Connectivity Analyzer: Outlook Anywhere passed",
                Map.of());
        done(Step.DIRSYNC_USERS, "admin", now.minus(Duration.ofDays(26)), "", Map.of());
        done(Step.CREATE_ENDPOINT, "admin", now.minus(Duration.ofDays(15)), "", Map.of());
        step(Step.GRANT_PERMISSIONS, StepStatus.IN_PROGRESS, "admin", today.plusDays(2),
                "Receive As on DB01 and DB02, FullAccess on DB03; DB04 and a few WriteProperty still to do");
        // late: the TTL should have been lowered before the first batches
        step(Step.LOWER_MX_TTL, StepStatus.OPEN, "admin", today.minusDays(4), "Waiting for the DNS provider");
        step(Step.MIGRATE_MAILBOXES, StepStatus.IN_PROGRESS, "admin", today.plusDays(21), "Executives last");
        step(Step.ASSIGN_LICENCES, StepStatus.OPEN, "lead", today.plusDays(3), "The cloud users were created 26 days ago");
        step(Step.MX_SWITCH, StepStatus.OPEN, "admin", today.plusDays(24), "");
        step(Step.REMOVE_BATCHES, StepStatus.OPEN, "admin", today.plusDays(28), "");
        step(Step.AUTODISCOVER, StepStatus.OPEN, "admin", today.plusDays(25), "");
        step(Step.WELCOME_LETTER, StepStatus.OPEN, "lead", today.plusDays(25), "Sign-in guide with the helpdesk's number");
        step(Step.DECOMMISSION, StepStatus.OPEN, "admin", today.plusDays(60), "Contact support first");
    }

    private void done(Step step, String owner, Instant at, String note, Map<StepField, String> values) {
        plans.update(step, 0, new StepChange(StepStatus.DONE, owner(owner), null, note, values, at));
    }

    private void step(Step step, StepStatus status, String owner, LocalDate due, String note) {
        plans.update(step, 0, new StepChange(status, owner(owner), due, note, Map.of()));
    }

    private @Nullable String owner(String name) {
        return plans.owners().stream().map(TrackerUserName::username).filter(name::equals).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long version(String batch) {
        return batches.find(batch).orElseThrow().batch().getVersion();
    }

    private static byte[] inventoryCsv(int count) {
        var random = new Random(2026);
        var csv = new StringBuilder("\"DisplayName\",\"PrimarySmtpAddress\",\"Alias\",\"Department\",\"Database\","
                + "\"RecipientTypeDetails\",\"UMEnabled\",\"TotalItemSize\",\"EmailAddresses\",\"Languages\"\r\n");
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(i % FIRST.size());
            String last = LAST.get((i / FIRST.size() + i) % LAST.size());
            String alias = ascii(first + "." + last).replace(' ', '-') + i;
            String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
            String type = i % 60 == 0 ? "SharedMailbox" : i % 97 == 0 ? "RoomMailbox" : "UserMailbox";
            long size = (long) (random.nextDouble() * 8_000_000_000L);
            csv.append('"').append(first).append(' ').append(last).append("\",\"").append(alias).append("@contoso.com\",\"")
                    .append(alias).append("\",\"").append(department).append("\",\"DB0").append(1 + i % 4).append("\",\"")
                    .append(type).append("\",\"").append(i % 19 == 0 ? "True" : "False").append("\",\"")
                    .append(String.format(Locale.ROOT, "%.1f GB (%,d bytes)", size / 1e9, size)).append("\",\"SMTP:")
                    .append(alias).append("@contoso.com smtp:").append(alias).append("@contoso.mail.onmicrosoft.com")
                    .append(" X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=").append(alias).append("\",\"")
                    .append(LANGUAGES.getOrDefault(first, "")).append("\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What {@code Get-MgUser | Select UserPrincipalName,Mail,CreatedDateTime,@{n='AssignedLicenses';e={...Count}}} gives. */
    private static byte[] cloudUsersCsv(List<String> addresses, LocalDate created) {
        var csv = new StringBuilder("\"UserPrincipalName\",\"Mail\",\"CreatedDateTime\",\"AssignedLicenses\"\r\n");
        for (String address : addresses) {
            csv.append('"').append(address).append("\",\"").append(address).append("\",\"").append(created).append("T09:00:00\",\"0\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").toLowerCase(Locale.ROOT);
    }
}
