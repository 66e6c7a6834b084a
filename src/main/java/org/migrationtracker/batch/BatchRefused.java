package org.migrationtracker.batch;

import java.util.List;

/** A batch action that a rule refuses, with every reason. Nothing was changed. */
public class BatchRefused extends IllegalArgumentException {

    private final List<String> reasons;

    public BatchRefused(String what, List<String> reasons) {
        super(what + ": " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
