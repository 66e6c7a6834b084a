package org.migrationtracker.notice;

import jakarta.mail.Session;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Without an SMTP server (the demo, a trial): each message is written as an .eml file into a folder, where any mail
 * program opens it. Nothing leaves the machine.
 */
final class FolderTransport implements NoticeTransport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path folder;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final AtomicInteger sequence = new AtomicInteger();

    FolderTransport(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    @Override
    public String describe() {
        return "mail folder " + folder;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        Files.createDirectories(folder);
        var at = clock.instant();
        String name = STAMP.format(at) + "-" + String.format("%04d", sequence.incrementAndGet() % 10_000) + "-"
                + message.to().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
        try (OutputStream file = Files.newOutputStream(folder.resolve(name), StandardOpenOption.CREATE_NEW)) {
            MailMessages.build(session, message, at).writeTo(file);
        }
    }
}
