package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;

import java.util.List;

/** A batch action that a rule refuses, with every reason. Nothing was changed. */
public class BatchRefused extends Refused {

    private final Message what;
    private final List<Message> reasons;

    public BatchRefused(Message what, List<Message> reasons) {
        super(Message.of("batch.refused", what, reasons));
        this.what = what;
        this.reasons = List.copyOf(reasons);
    }

    public BatchRefused(Message what, Message reason) {
        this(what, List.of(reason));
    }

    /** There is no batch of that name. */
    public static BatchRefused noSuchBatch(String name) {
        return new BatchRefused(Message.of("batch.none"), Message.of("batch.no-such", name));
    }

    /** What was refused, e.g. "The batch was not created". */
    public Message what() {
        return what;
    }

    public List<Message> reasons() {
        return reasons;
    }
}
