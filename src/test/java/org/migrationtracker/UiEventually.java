package org.migrationtracker;

import com.vaadin.flow.component.UI;

import java.util.function.BooleanSupplier;

/** Browserless tests of live updates: runs the UI's pending pushes until a condition holds (at most two seconds). */
public final class UiEventually {

    private UiEventually() {
    }

    public static boolean eventually(BooleanSupplier condition) {
        var session = UI.getCurrent().getSession();
        long deadline = System.currentTimeMillis() + 2_000;
        while (System.currentTimeMillis() < deadline) {
            session.getService().runPendingAccessTasks(session);
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
