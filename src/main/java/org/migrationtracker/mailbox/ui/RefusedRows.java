package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.mailbox.BulkResult;
import org.springframework.modulith.NamedInterface;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The mailboxes an action refused, each with its address and the reason in the reader's language, and the list as
 * a CSV download: whoever ran the action sees what happened to every row it did not change.
 */
@NamedInterface("grid")
public class RefusedRows extends Div {

    private final Grid<BulkResult.Refusal> grid = new Grid<>();

    public RefusedRows(List<BulkResult.Refusal> refusals, UUID operationId) {
        setId("refused-rows");
        setWidthFull();
        grid.addColumn(BulkResult.Refusal::primaryAddress).setHeader(getTranslation("mailbox.address")).setAutoWidth(true);
        grid.addColumn(refusal -> refusal.reason().in(getLocale())).setHeader(getTranslation("bulk.result.reason"))
                .setFlexGrow(1).setTooltipGenerator(refusal -> refusal.reason().in(getLocale()));
        grid.setItems(refusals);
        grid.setHeight(refusals.size() > 8 ? "20rem" : "12rem");
        var csv = new StringBuilder("EmailAddress,Reason\r\n");
        refusals.forEach(r -> csv.append(CsvCell.line(List.of(r.primaryAddress(), r.reason().in(getLocale())), ',')));
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "refused-" + operationId + ".csv", "text/csv", bytes.length)),
                getTranslation("bulk.result.download"));
        add(grid, download);
    }

    /** The refused rows: address, reason. */
    public Grid<BulkResult.Refusal> grid() {
        return grid;
    }

    /** The reasons as shown, row by row (for tests and the summary). */
    public List<String> reasons() {
        return grid.getListDataView().getItems().map(refusal -> refusal.reason().in(getLocale())).toList();
    }
}
