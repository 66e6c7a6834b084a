package org.migrationtracker.notice;

/**
 * Delivers one message. SMTP ({@link SmtpTransport}) and the local mail folder ({@link FolderTransport}) ship; Microsoft
 * Graph's {@code sendMail} would be a third implementation of this interface (README "Notices to users": the seam).
 */
public interface NoticeTransport {

    /** "SMTP mail.example.com:587", "mail folder /data/mail": what the screens say notices go through. */
    String describe();

    /** Sends it, or throws with the reason (retried with backoff). */
    void send(Outgoing message) throws Exception;
}
