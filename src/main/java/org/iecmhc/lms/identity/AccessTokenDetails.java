package org.iecmhc.lms.identity;

import java.time.LocalDate;
import java.util.Set;

import org.iecmhc.lms.platform.api.ApiScope;

/** A new token as the page or the API asks for it: a name to recognise it by, its scopes and its last day. */
public record AccessTokenDetails(String name, Set<ApiScope> scopes, LocalDate expiresOn) {

    public AccessTokenDetails {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
