package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.springframework.modulith.NamedInterface;

import java.util.Locale;

/**
 * A batch's progress as one bar in segments: finalised, synced, syncing and failed, each its share of the batch, so a
 * batch whose mailboxes all sync shows that it is under way rather than 0 %. The bar is an image with a sentence
 * for screen readers; the sentence is also its visible label.
 */
@NamedInterface(name = "board-parts")
public final class BatchProgressBar extends Div {

    public BatchProgressBar(BatchCounts counts, Locale locale) {
        addClassName("batch-progress");
        var bar = new Div();
        bar.addClassName("segments");
        segment(bar, "finalised", counts.finalized(), counts.total());
        segment(bar, "synced", counts.synced(), counts.total());
        segment(bar, "syncing", counts.syncing(), counts.total());
        segment(bar, "failed", counts.failed(), counts.total());
        var text = label(counts).in(locale);
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", text);
        var label = new Span(text);
        label.addClassName("progress-label");
        label.getElement().setAttribute("aria-hidden", "true");
        add(bar, label);
    }

    /** "12 of 57 finalised, 43 syncing or synced, 2 failed". */
    static Message label(BatchCounts counts) {
        return Message.of("batch.progress.label", counts.finalized(), counts.total(), counts.syncing() + counts.synced(),
                counts.failed());
    }

    private static void segment(Div bar, String kind, int count, int total) {
        if (count == 0 || total == 0) {
            return;
        }
        var segment = new Div();
        segment.addClassNames("segment", kind);
        segment.getStyle().set("width", String.format(Locale.ROOT, "%.2f%%", 100.0 * count / total));
        bar.add(segment);
    }

    /** The sentence the bar says (to screen readers, and on screen unless {@link #withoutLabel}). */
    public String text() {
        return getElement().getChild(1).getText();
    }

    /** For a table whose other columns give the counts: the bar alone on screen, the sentence still read out. */
    public BatchProgressBar withoutLabel() {
        getElement().getChild(1).getStyle().set("display", "none");
        return this;
    }
}
