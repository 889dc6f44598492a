package org.iecmhc.lms.identity.sso;

import jakarta.security.enterprise.credential.CallerOnlyCredential;

/**
 * The credential of a sign-in through the identity provider: an e-mail address that a checked ID token vouched for.
 * Only this package builds one, after those checks; the sign-in mechanism treats it like any other credential.
 */
final class ProviderVouched extends CallerOnlyCredential {

    ProviderVouched(String email) {
        super(email);
    }
}
