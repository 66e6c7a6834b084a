package org.migrationtracker.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.migrationtracker.csv.ImportLimits;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload into memory of at most {@code tracker.import.max-bytes}: the browser refuses a larger file before sending
 * it ({@link Upload#setMaxFileSize}); here, a file declared larger is refused unread and one that turns out larger
 * is read one byte past the limit, no further. Never the whole of a file too large to be meant.
 */
public final class LimitedUpload implements UploadHandler {

    /** What receives a file within the limit. */
    public interface Received {
        void accept(String fileName, byte[] content);
    }

    /** What is told that a file was over the limit (and not read). */
    public interface TooLarge {
        void refused(String fileName, ImportLimits limits);
    }

    private final ImportLimits limits;
    private final Received received;
    private final TooLarge tooLarge;

    public LimitedUpload(ImportLimits limits, Received received, TooLarge tooLarge) {
        this.limits = limits;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    /** The configured limits, from the application (the views are made by Spring, their dialogs are not). */
    public static ImportLimits limits() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ImportLimits.class);
    }

    /** An upload of one file that takes at most the configured bytes. */
    public static LimitedUpload of(Received received, TooLarge tooLarge) {
        return new LimitedUpload(limits(), received, tooLarge);
    }

    /** The upload component of one file that hands it here; the browser refuses a larger file before sending it. */
    public Upload upload() {
        var upload = new Upload(this);
        upload.setMaxFileSize((int) Math.min(limits.bytes(), Integer.MAX_VALUE));
        upload.setMaxFiles(1);
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (!receive(event.getFileName(), event.getFileSize(), event.getInputStream())) {
            event.reject(limits.tooLarge().english());
        }
    }

    /**
     * @param declaredSize the size the browser said, or -1
     * @return whether the file was within the limit (and received)
     */
    boolean receive(String fileName, long declaredSize, InputStream in) throws IOException {
        long max = limits.bytes();
        byte[] content = declaredSize > max ? null : in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (content == null || content.length > max) {
            tooLarge.refused(fileName, limits);
            return false;
        }
        received.accept(fileName, content);
        return true;
    }
}
