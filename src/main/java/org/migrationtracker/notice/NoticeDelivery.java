package org.migrationtracker.notice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How notices leave: SMTP once spring.mail.host is set (Spring Boot then makes the JavaMailSender), else the mail folder
 * when tracker.notices.mail-folder is set, else not at all: notices wait, queued, and the screens say sending is off.
 */
@Component
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeDelivery {

    private final Optional<NoticeTransport> transport;

    NoticeDelivery(ObjectProvider<JavaMailSender> smtp, NoticeProperties properties, Clock clock) {
        var sender = smtp.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl configured) {
            transport = Optional.of(new SmtpTransport(configured, clock));
        } else if (!properties.mailFolder().isBlank()) {
            transport = Optional.of(new FolderTransport(Path.of(properties.mailFolder()), clock));
        } else {
            transport = Optional.empty();
        }
    }

    /** The transport, or empty when sending is off. */
    Optional<NoticeTransport> transport() {
        return transport;
    }
}
