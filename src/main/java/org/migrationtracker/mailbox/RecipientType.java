package org.migrationtracker.mailbox;

import java.util.Locale;

/** Exchange's RecipientTypeDetails, reduced to what matters for a move. */
public enum RecipientType {
    USER, SHARED, ROOM, EQUIPMENT, OTHER;

    /** Reads Exchange's words (UserMailbox, SharedMailbox, RoomMailbox, EquipmentMailbox, ...). */
    public static RecipientType fromExchange(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("usermailbox") || v.equals("user") || v.equals("linkedmailbox")) {
            return USER;
        }
        if (v.startsWith("shared")) {
            return SHARED;
        }
        if (v.startsWith("room")) {
            return ROOM;
        }
        if (v.startsWith("equipment")) {
            return EQUIPMENT;
        }
        return OTHER;
    }
}
