package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.migrationtracker.batch.ConversionExportService;

import java.io.ByteArrayInputStream;

/**
 * The batch dialog's downloads for converting its completed mailboxes to mail users (staged only): the list as CSV and
 * the script for the Exchange Management Shell. Shown to admins while there is something to convert.
 */
class ConversionDownloads extends Div {

    final Anchor csv = new Anchor();
    final Anchor script = new Anchor();

    ConversionDownloads(String batchName, boolean admin) {
        // the dialog is no Spring bean: the export service comes from Vaadin's Spring instantiator
        var exports = VaadinService.getCurrent().getInstantiator().getOrCreate(ConversionExportService.class);
        setId("conversion-downloads");
        csv.setId("conversion-csv");
        csv.setText(getTranslation("batch.conversion-csv"));
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = exports.csv(batchName);
            return new DownloadResponse(new ByteArrayInputStream(file), batchName + "-conversion.csv", "text/csv; charset=utf-8",
                    file.length);
        }));
        csv.getElement().setAttribute("download", true);
        script.setId("conversion-script");
        script.setText(getTranslation("batch.conversion-script"));
        script.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = exports.script(batchName);
            return new DownloadResponse(new ByteArrayInputStream(file), batchName + "-conversion.ps1", "text/plain; charset=utf-8",
                    file.length);
        }));
        script.getElement().setAttribute("download", true);
        getElement().setAttribute("title", getTranslation("batch.conversion.help"));
        add(csv, new Span(" · "), script);
        setVisible(admin && exports.offered(batchName));
    }
}
