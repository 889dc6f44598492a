package org.iecmhc.lms.platform.security;

import java.util.Optional;
import java.util.Set;

import org.iecmhc.lms.platform.api.ApiScope;

/**
 * Where the sign-in mechanism checks the access token of an API call ({@code Authorization: Bearer}). Implemented by
 * the feature that owns the accounts; it reads the database at every call (one indexed lookup of the token's
 * SHA-256, no password hashing), so that a revoked token, a deactivated account or a removed role counts at once on
 * every instance.
 */
public interface BearerTokens {

    /** The account behind a valid token with its current roles and the token's scopes; empty for any other token. */
    Optional<TokenCaller> verify(String token);

    record TokenCaller(String name, Set<String> groups, Set<ApiScope> scopes) {
    }
}
