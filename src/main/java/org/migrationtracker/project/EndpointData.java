package org.migrationtracker.project;

import org.migrationtracker.i18n.Message;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The editable values of a migration endpoint (DOMAIN.md §3 step 8): a name, its kind, the Exchange server and RPC
 * proxy FQDNs when auto-detection fails, the privileged account (an e-mail address or DOMAIN\\user) and how many
 * mailboxes migrate at once. Never a password: the tracker does not hold it.
 */
public record EndpointData(String name, EndpointKind kind, String exchangeServer, String rpcProxyServer, String account,
                           Integer maxConcurrent) {

    static final int MAX_CONCURRENT = 300;
    /** The Exchange admin center's default number of mailboxes migrated at once. */
    static final int DEFAULT_CONCURRENT = 20;
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}$");
    private static final Pattern ACCOUNT = Pattern.compile("^([^\\\\/\\s@]{1,64}\\\\[^\\\\/\\s@]{1,104}|[^\\s@]{1,64}@[^\\s@]{1,190})$");

    public EndpointData {
        name = name == null ? "" : name.strip();
        kind = kind == null ? EndpointKind.OUTLOOK_ANYWHERE : kind;
        exchangeServer = exchangeServer == null ? "" : exchangeServer.strip();
        rpcProxyServer = rpcProxyServer == null ? "" : rpcProxyServer.strip();
        account = account == null ? "" : account.strip();
        maxConcurrent = maxConcurrent == null ? DEFAULT_CONCURRENT : maxConcurrent;
    }

    /** @return what makes these values unacceptable, each with the field it is about; empty when they are fine */
    public List<Message> problems() {
        return List.copyOf(problemsByField().values());
    }

    /** The values a problem can be about, for a form to show it at its field. */
    public enum Field {
        NAME, EXCHANGE_SERVER, RPC_PROXY_SERVER, ACCOUNT, MAX_CONCURRENT
    }

    /** @return each unacceptable value's problem, in the form's order; empty when all are fine */
    public Map<Field, Message> problemsByField() {
        var problems = new EnumMap<Field, Message>(Field.class);
        if (!NAME.matcher(name).matches()) {
            problems.put(Field.NAME, Message.of("endpoint.bad-name", name));
        }
        if (!exchangeServer.isEmpty() && !HostName.isValid(exchangeServer)) {
            problems.put(Field.EXCHANGE_SERVER, Message.of("endpoint.bad-host", Message.of("endpoint.exchange-server"), exchangeServer));
        }
        if (!rpcProxyServer.isEmpty() && !HostName.isValid(rpcProxyServer)) {
            problems.put(Field.RPC_PROXY_SERVER, Message.of("endpoint.bad-host", Message.of("endpoint.rpc-proxy"), rpcProxyServer));
        }
        if (!account.isEmpty() && !ACCOUNT.matcher(account).matches()) {
            problems.put(Field.ACCOUNT, Message.of("endpoint.bad-account", account));
        }
        if (maxConcurrent < 1 || maxConcurrent > MAX_CONCURRENT) {
            problems.put(Field.MAX_CONCURRENT, Message.of("endpoint.bad-concurrency", MAX_CONCURRENT));
        }
        return problems;
    }
}
