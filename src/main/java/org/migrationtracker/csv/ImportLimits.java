package org.migrationtracker.csv;

import org.migrationtracker.i18n.Message;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one import takes (README "What an import refuses", docs/adr/0035): checked before the file is parsed,
 * so that a file too large to be meant answers at once instead of filling the memory.
 *
 * @param maxBytes the largest file an upload or an API body may be ({@code tracker.import.max-bytes})
 * @param maxRows  the most data rows any import reads ({@code tracker.import.max-rows}); an import with a lower
 *                 limit of its own (a migration batch's 2,000) keeps it
 */
@ConfigurationProperties("tracker.import")
public record ImportLimits(@DefaultValue("50MB") DataSize maxBytes, @DefaultValue("500000") int maxRows) {

    /** The limit an import with its own limit reads with. */
    public int rows(int importersLimit) {
        return Math.min(maxRows, importersLimit);
    }

    public long bytes() {
        return maxBytes.toBytes();
    }

    /** "the file is larger than 50 MB, the most an import takes; ..." */
    public Message tooLarge() {
        return Message.of("import.too-large", size(bytes()));
    }

    /** 50 MB, 512 KB or 100 bytes: as the limit was most likely configured. */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
