package org.migrationtracker.security.token;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;

/** A call signed in with an API token: its user's name and roles, and what the token allows. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;
    private final String tokenName;
    private final ApiTokenScope scope;

    ApiTokenAuthentication(String username, long tokenId, String tokenName, ApiTokenScope scope,
                           Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.username = username;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        this.scope = scope;
        // how the call signed in, in words for the security log: never the secret
        setDetails("API token '" + tokenName + "' (id " + tokenId + ")");
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // the secret is not kept once checked
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    long tokenId() {
        return tokenId;
    }

    String tokenName() {
        return tokenName;
    }

    ApiTokenScope scope() {
        return scope;
    }
}
