package org.migrationtracker.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every importer under generated files (jqwik's generators): real-shaped rows with formula-like, huge, control-character
 * and stray-quote cells, mixed line ends, mutated bytes, every encoding the reader claims, and plain random bytes. Each
 * answer is a complete import or a refusal with a message: never a 500, a hang or a partial write.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzTest {

    /** Cases per importer; the closing note reports them. */
    static final int CASES = 150;

    /** The importers, each with its endpoint, the header of its real files and a good value per column. */
    enum Importer {
        INVENTORY("/api/v1/mailboxes/import?fileName=inventory.csv", "PrimarySmtpAddress", "DisplayName", "Department"),
        PERMISSIONS("/api/v1/permissions/import?fileName=permissions.csv", "Identity", "User", "AccessRights"),
        CLOUD_USERS("/api/v1/cloud-users/import?fileName=entra.csv", "UserPrincipalName", "Licensed"),
        RECIPIENTS("/api/v1/recipients/import?fileName=recipients.csv", "PrimarySmtpAddress", "RecipientTypeDetails"),
        STATUS("/api/v1/status/import?fileName=status.csv", "Identity", "MailboxEmailAddress", "BatchId", "Status"),
        BATCH_CSV("/api/v1/batches/validate?fileName=batch.csv", "EmailAddress");

        final String path;
        final List<String> header;

        Importer(String path, String... header) {
            this.path = path;
            this.header = List.of(header);
        }

        String goodValue(String column, int n) {
            return switch (column) {
                case "DisplayName" -> "User " + n;
                case "Department" -> "Finance";
                case "User" -> "CONTOSO\\migadmin";
                case "AccessRights" -> "FullAccess";
                case "Licensed" -> "True";
                case "RecipientTypeDetails" -> "UserMailbox";
                case "BatchId" -> "Pilot";
                case "Status" -> "Synced";
                default -> "user" + n + "@contoso.com";
            };
        }
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired ApiTokenService tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private List<String> adminAccountBefore = List.of();

    @BeforeAll
    void anAdminsToken() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        // the permissions export is read for this account
        adminAccountBefore = jdbc.queryForList("select migration_admin_account from migration_project", String.class);
        jdbc.update("update migration_project set migration_admin_account = 'CONTOSO\\migadmin'");
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-admin", "",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            // a token, not a password: 900 calls with bcrypt each would take minutes
            token = tokens.create("fuzz " + UUID.randomUUID(), LocalDate.now().plusDays(1), ApiTokenScope.FULL).secret();
        } finally {
            context.setAuthentication(null);
        }
    }

    /** The other tests find the project and the inventory as they left them. */
    @AfterAll
    void asBefore() {
        MailboxTestData.clearWithBatches(jdbc);
        if (!adminAccountBefore.isEmpty()) {
            jdbc.update("update migration_project set migration_admin_account = ?", adminAccountBefore.getFirst());
        }
    }

    @ParameterizedTest
    @EnumSource(Importer.class)
    void every_generated_file_is_imported_whole_or_refused_with_a_message(Importer importer) throws Exception {
        var files = files(importer).sampleStream().limit(CASES).toList();
        int imported = 0;
        int refused = 0;
        for (byte[] file : files) {
            long mailboxes = count("mailbox");
            long history = count("mailbox_history");
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + importer.path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String replay = "file (Base64): " + Base64.getEncoder().encodeToString(file);
            assertThat(response.statusCode()).as(replay).isIn(200, 422);
            assertThat(response.body()).as(replay).startsWith("{").doesNotContain("Exception").doesNotContain("\tat ");
            if (response.statusCode() == 422) {
                refused++;
                assertThat(response.body()).as(replay).contains("\"message\":");
                assertThat(count("mailbox")).as("nothing written: " + replay).isEqualTo(mailboxes);
                assertThat(count("mailbox_history")).as("no history written: " + replay).isEqualTo(history);
            } else {
                imported++;
            }
        }
        System.out.printf("fuzz %s: %d cases, %d imported, %d refused%n", importer, files.size(), imported, refused);
        assertThat(imported + refused).isEqualTo(CASES);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Real-shaped files and mutations of them in every encoding, and plain random bytes. */
    static Arbitrary<byte[]> files(Importer importer) {
        Arbitrary<byte[]> shaped = Combinators.combine(text(importer), encodings(), mutations())
                .as((text, encoding, mutation) -> mutation.apply(encoding.encode(text)));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, shaped), net.jqwik.api.Tuple.of(1, noise));
    }

    private static Arbitrary<String> text(Importer importer) {
        return Combinators.combine(rows(importer), lineEnds().list().ofSize(40))
                .as((rows, ends) -> {
                    var text = new StringBuilder(String.join(",", importer.header)).append(ends.getFirst());
                    for (int i = 0; i < rows.size(); i++) {
                        text.append(rows.get(i)).append(ends.get((i + 1) % ends.size()));
                    }
                    return text.toString();
                });
    }

    /** Two files in five are clean (every value good, each user once), so that complete imports are tried too. */
    private static Arbitrary<List<String>> rows(Importer importer) {
        Arbitrary<List<String>> clean = Arbitraries.integers().between(1, 10_000).list().uniqueElements().ofMinSize(1).ofMaxSize(30)
                .map(users -> users.stream().map(n -> String.join(",",
                        importer.header.stream().map(column -> importer.goodValue(column, n)).toList())).toList());
        Arbitrary<List<String>> messy = Arbitraries.integers().between(1, 10_000).flatMap(seed -> row(importer, seed))
                .list().ofMaxSize(30);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, clean), net.jqwik.api.Tuple.of(3, messy));
    }

    private static Arbitrary<String> row(Importer importer, int n) {
        var cells = importer.header.stream().map(column -> cell(importer.goodValue(column, n))).toList();
        // now and then a row with a cell too many or too few
        Arbitrary<Integer> ragged = Arbitraries.integers().between(-1, 1).withDistribution(net.jqwik.api.RandomDistribution.uniform());
        return Combinators.combine(Combinators.combine(cells).as(List::copyOf), ragged,
                        Arbitraries.integers().between(0, 9))
                .as((values, shift, odds) -> {
                    var row = new java.util.ArrayList<>(values);
                    if (odds == 0 && shift < 0 && row.size() > 1) {
                        row.removeLast();
                    } else if (odds == 0 && shift > 0) {
                        row.add("extra");
                    }
                    return String.join(",", row);
                });
    }

    /** A good value most of the time, else one that breaks something. */
    private static Arbitrary<String> cell(String good) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(good)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("=cmd|' /C calc'!A0", "+SUM(1;2)", "-2+3", "@SUM(A1)", "\t=1", "\r=1")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4)
                        .map(control -> good + control)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(300, 20_000).map(n -> "x".repeat(n))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 30).map(depth ->
                        "\"".repeat(depth) + good + "\"".repeat(depth))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\"" + good, good + "\"", "\"" + good + "\"x", "a\"b", "\"\"\"")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\"" + good + "\r\nsecond line\"")));
    }

    private static Arbitrary<String> lineEnds() {
        return Arbitraries.of("\r\n", "\r\n", "\n", "\r");
    }

    /** How a file's text becomes bytes: the encodings the reader claims to tell apart. */
    enum Encoding {
        UTF8(StandardCharsets.UTF_8, new byte[0]),
        UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF16LE(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF16BE(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        WINDOWS_1252(Charset.forName("windows-1252"), new byte[0]);

        final Charset charset;
        final byte[] bom;

        Encoding(Charset charset, byte[] bom) {
            this.charset = charset;
            this.bom = bom;
        }

        byte[] encode(String text) {
            var out = new ByteArrayOutputStream();
            out.writeBytes(bom);
            out.writeBytes(text.getBytes(charset));
            return out.toByteArray();
        }
    }

    private static Arbitrary<Encoding> encodings() {
        return Arbitraries.of(Encoding.class);
    }

    /** Mostly the bytes as they are; else cut short, a stretch removed, or random bytes put in. */
    private static Arbitrary<java.util.function.UnaryOperator<byte[]>> mutations() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(bytes -> bytes)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 1).map(at -> bytes ->
                        java.util.Arrays.copyOf(bytes, (int) (bytes.length * at)))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 50))
                        .as((at, length) -> bytes -> {
                            int from = (int) (bytes.length * at);
                            int to = Math.min(bytes.length, from + length);
                            var out = new ByteArrayOutputStream();
                            out.write(bytes, 0, from);
                            out.write(bytes, to, bytes.length - to);
                            return out.toByteArray();
                        })),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(0, 1),
                                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
                        .as((at, inserted) -> bytes -> {
                            int from = (int) (bytes.length * at);
                            var out = new ByteArrayOutputStream();
                            out.write(bytes, 0, from);
                            out.writeBytes(inserted);
                            out.write(bytes, from, bytes.length - from);
                            return out.toByteArray();
                        })));
    }
}
