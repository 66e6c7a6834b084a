package org.migrationtracker.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An EmailAddresses / proxyAddresses value as Exchange exports write it: {@code SMTP:a@x;smtp:b@x;X500:/o=...}, or
 * PowerShell's space-separated {@code SMTP:a@x smtp:b@x X500:/o=Contoso/ou=First Administrative Group/cn=...}, or
 * Format-List's {@code {SMTP:a@x, smtp:b@x}}. SMTP addresses come out in lower case; X500 addresses (old
 * LegacyExchangeDN values, which contain spaces) keep their case, with the prefix written {@code X500:}. SIP, X400
 * and other types are left out. Plain Java.
 *
 * @param smtp SMTP addresses (the primary among them, if the value lists it), lower case, each once
 * @param x500 X500 addresses with their prefix, each once (compared without regard to case)
 */
record ProxyAddressList(List<String> smtp, List<String> x500) {

    static final String X500 = "X500:";
    /** "smtp:", "X500:", "SIP:", "eum:": a new address starts with its type. */
    private static final Pattern TYPED = Pattern.compile("^[A-Za-z][A-Za-z0-9]{1,8}:.*");

    ProxyAddressList {
        smtp = List.copyOf(smtp);
        x500 = List.copyOf(x500);
    }

    static ProxyAddressList parse(String value) {
        String v = value.strip().replace("{", "").replace("}", "");
        // with semicolons an X500 part is exact (it keeps its spaces and commas); otherwise spaces and commas
        // separate, and a word without a type continues the X500 address before it
        List<String> parts = new ArrayList<>();
        for (String part : v.contains(";") ? v.split(";") : new String[] {v}) {
            if (v.contains(";") && isX500(part.strip())) {
                parts.add(part.strip());
                continue;
            }
            boolean inX500 = false;
            for (String word : part.strip().split("[,\\s]+")) {
                boolean continuesX500 = inX500 && !word.isEmpty() && !TYPED.matcher(word).matches()
                        && !(word.contains("@") && !word.contains("/") && !word.contains("="));
                if (continuesX500) {
                    parts.set(parts.size() - 1, parts.getLast() + " " + word);
                } else {
                    parts.add(word);
                    inX500 = isX500(word);
                }
            }
        }
        var smtp = new LinkedHashSet<String>();
        var x500 = new LinkedHashMap<String, String>();
        for (String part : parts) {
            if (part.regionMatches(true, 0, "smtp:", 0, 5)) {
                String address = part.substring(5).strip().toLowerCase(Locale.ROOT);
                if (!address.isEmpty()) {
                    smtp.add(address);
                }
            } else if (isX500(part)) {
                String address = part.substring(X500.length()).strip();
                if (!address.isEmpty()) {
                    x500.putIfAbsent(address.toLowerCase(Locale.ROOT), X500 + address);
                }
            } else if (!part.isBlank() && !part.contains(":") && part.contains("@")) {
                smtp.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new ProxyAddressList(List.copyOf(smtp), List.copyOf(x500.values()));
    }

    private static boolean isX500(String part) {
        return part.regionMatches(true, 0, X500, 0, X500.length());
    }
}
