package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What converting one migrated mailbox to a mail user asks of Exchange on-premises (staged, seed 002 task 8): the
 * mailbox (its primary SMTP address) becomes a mail user whose mail goes to its Microsoft 365 mailbox, and keeps every
 * address it had, so that the cloud proxy addresses stay on the on-premises object and replies to old mail arrive.
 * Plain Java.
 *
 * @param targetAddress where the mail user's mail goes; null when neither the mailbox nor the project names one
 * @param smtpProxies   the mailbox's other SMTP addresses (lower case, without the primary)
 * @param x500Addresses its X500 addresses, with their prefix
 */
public record MailUserConversion(long mailboxId, String primaryAddress, String displayName, @Nullable String targetAddress,
                                 List<String> smtpProxies, List<String> x500Addresses) {

    static final String CLOUD_SUFFIX = ".onmicrosoft.com";

    public MailUserConversion {
        smtpProxies = List.copyOf(smtpProxies);
        x500Addresses = List.copyOf(x500Addresses);
    }

    static MailUserConversion of(long mailboxId, String primaryAddress, String displayName, List<String> smtpProxies,
                                 List<String> x500Addresses, String routingDomain) {
        var others = smtpProxies.stream().filter(address -> !address.equalsIgnoreCase(primaryAddress)).toList();
        return new MailUserConversion(mailboxId, primaryAddress, displayName, targetAddress(primaryAddress, others, routingDomain),
                others, x500Addresses);
    }

    /**
     * The mailbox's own address in the tenant (ending in .onmicrosoft.com; one in the routing domain first, then one
     * in a .mail.onmicrosoft.com domain), else the primary address's local part at the routing domain, else none.
     */
    public static @Nullable String targetAddress(String primaryAddress, List<String> smtpProxies, String routingDomain) {
        String routing = routingDomain.strip().toLowerCase(Locale.ROOT);
        var cloud = smtpProxies.stream().map(address -> address.toLowerCase(Locale.ROOT))
                .filter(address -> address.endsWith(CLOUD_SUFFIX)).toList();
        if (!routing.isEmpty()) {
            var inRoutingDomain = cloud.stream().filter(address -> address.endsWith("@" + routing)).findFirst();
            if (inRoutingDomain.isPresent()) {
                return inRoutingDomain.get();
            }
        }
        var found = cloud.stream().filter(address -> address.endsWith(".mail" + CLOUD_SUFFIX)).findFirst()
                .or(() -> cloud.stream().findFirst());
        if (found.isPresent()) {
            return found.get();
        }
        int at = primaryAddress.lastIndexOf('@');
        return routing.isEmpty() || at <= 0 ? null : primaryAddress.substring(0, at) + "@" + routing;
    }

    public boolean hasTarget() {
        return targetAddress != null;
    }

    /** The addresses the mail user keeps as Exchange writes them: {@code SMTP:} the primary, {@code smtp:} the others, X500. */
    public List<String> emailAddresses() {
        var all = new ArrayList<String>();
        all.add("SMTP:" + primaryAddress);
        all.addAll(addressesToAdd());
        return all;
    }

    /** What the conversion adds to the mail user besides its primary address: {@code smtp:} the others, then X500. */
    public List<String> addressesToAdd() {
        var added = new ArrayList<String>();
        smtpProxies.forEach(address -> added.add("smtp:" + address));
        added.addAll(x500Addresses);
        return added;
    }

    /**
     * The addresses the conversion asked for that a mail user lacks, as {@link #addressesToAdd()} writes them.
     *
     * @param smtp the mail user's SMTP addresses
     * @param x500 its X500 addresses, with their prefix
     */
    public List<String> missingFrom(Collection<String> smtp, Collection<String> x500) {
        Set<String> present = Stream.concat(smtp.stream().map(address -> "smtp:" + address), x500.stream())
                .map(address -> address.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return addressesToAdd().stream().filter(address -> !present.contains(address.toLowerCase(Locale.ROOT))).toList();
    }
}
