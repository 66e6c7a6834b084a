package org.migrationtracker.notice;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;

/** Through the SMTP server Spring Boot's mail starter was configured with (spring.mail.host, port, TLS, credentials). */
final class SmtpTransport implements NoticeTransport {

    private final JavaMailSenderImpl sender;
    private final Clock clock;

    SmtpTransport(JavaMailSenderImpl sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public String describe() {
        return "SMTP " + sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25);
    }

    @Override
    public void send(Outgoing message) throws Exception {
        sender.send(MailMessages.build(sender.getSession(), message, clock.instant()));
    }
}
