package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.mailbox.BulkResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The summary of a bulk action: N changed, M refused and why, the refusals downloadable as CSV. */
class BulkResultDialog extends Dialog {

    BulkResultDialog(BulkResult result) {
        setHeaderTitle(getTranslation("bulk.result.title"));
        setWidth("min(48rem, 95vw)");
        var summary = new Paragraph(result.summary().in(getLocale()));
        summary.setId("bulk-summary");
        add(summary);
        if (!result.refusals().isEmpty()) {
            var grid = new Grid<BulkResult.Refusal>();
            grid.addColumn(BulkResult.Refusal::primaryAddress).setHeader(getTranslation("mailbox.address")).setAutoWidth(true);
            grid.addColumn(refusal -> refusal.reason().in(getLocale())).setHeader(getTranslation("bulk.result.reason")).setFlexGrow(1);
            grid.setItems(result.refusals());
            grid.setHeight("20rem");
            var csv = new StringBuilder("EmailAddress,Reason\r\n");
            result.refusals().forEach(r -> csv.append(quote(r.primaryAddress())).append(',').append(quote(r.reason().in(getLocale()))).append("\r\n"));
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "refused-" + result.operationId() + ".csv", "text/csv", bytes.length)),
                    getTranslation("bulk.result.download"));
            add(grid, download);
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private static String quote(String value) {
        return CsvCell.quotedCell(value);
    }
}
