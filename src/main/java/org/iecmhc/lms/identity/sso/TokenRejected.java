package org.iecmhc.lms.identity.sso;

/** An answer of the identity provider that must not sign anyone in; the message says why, for the log only. */
public class TokenRejected extends Exception {

    public TokenRejected(String reason) {
        super(reason);
    }

    public TokenRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
