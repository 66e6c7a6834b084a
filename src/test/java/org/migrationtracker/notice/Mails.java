package org.migrationtracker.notice;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A received message's parts as the tests read them: its plain text, its HTML and its calendar. */
record Mails(String to, String subject, String language, String text, String html, String calendar) {

    static Mails of(MimeMessage message) {
        try {
            var parts = new StringBuilder[] {new StringBuilder(), new StringBuilder(), new StringBuilder()};
            walk(message, parts);
            return new Mails(message.getAllRecipients()[0].toString(), message.getSubject(), message.getHeader("Content-Language", null),
                    parts[0].toString(), parts[1].toString(), parts[2].toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, StringBuilder[] into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, into);
            }
        } else if (part.isMimeType("text/plain")) {
            into[0].append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            into[1].append(part.getContent());
        } else if (part.isMimeType("text/calendar")) {
            Object content = part.getContent();
            into[2].append(content instanceof InputStream in ? read(in) : content.toString());
        }
    }

    private static String read(InputStream in) throws Exception {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
