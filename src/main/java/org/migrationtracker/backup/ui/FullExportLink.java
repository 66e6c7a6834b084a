package org.migrationtracker.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.migrationtracker.backup.FullExport;
import org.springframework.modulith.NamedInterface;

/**
 * The admins' download of the full export, for a screen to place: the ZIP is streamed from the database to the
 * browser as it is written, never held whole.
 */
@NamedInterface(name = "export-link")
public final class FullExportLink {

    private FullExportLink() {
    }

    public static Anchor of(FullExport export, String text) {
        var link = new Anchor((DownloadHandler) download -> {
            download.setFileName(export.fileName());
            download.setContentType("application/zip");
            export.write(download.getOutputStream());
        }, text);
        link.setId("full-export");
        return link;
    }
}
