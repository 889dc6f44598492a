package org.iecmhc.lms.identity.sso;

/** What a checked ID token says about the person: their e-mail address and whether the provider verified it. */
public record VerifiedIdentity(String email, boolean emailVerified) {
}
