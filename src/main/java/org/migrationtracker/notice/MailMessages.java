package org.migrationtracker.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * A notice as a MIME message: multipart/alternative plain text and HTML, UTF-8, its language in Content-Language,
 * marked as sent by a program (RFC 3834 Auto-Submitted, so auto-replies stay away), and the move invitation as a
 * text/calendar part.
 */
final class MailMessages {

    private MailMessages() {
    }

    static MimeMessage build(Session session, Outgoing out, Instant at) throws MessagingException {
        var message = new MimeMessage(session);
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
        helper.setFrom(out.from());
        helper.setTo(out.to());
        helper.setSubject(out.subject());
        helper.setSentDate(Date.from(at));
        helper.setText(out.text(), out.html());
        if (out.calendar() != null) {
            var part = new ByteArrayDataSource(out.calendar().getBytes(StandardCharsets.UTF_8), MoveInvitation.MEDIA_TYPE);
            helper.addAttachment(MoveInvitation.FILE_NAME, part);
        }
        message.setHeader("Content-Language", out.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        return message;
    }

}
