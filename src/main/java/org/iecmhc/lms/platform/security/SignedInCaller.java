package org.iecmhc.lms.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in with the form, kept in the HTTP session (and shared across a cluster by {@link SharedSignIns}),
 * with the account's security stamp of that moment: a session whose stamp is no longer the account's ends at its
 * next request.
 */
public record SignedInCaller(String name, Set<String> groups, long stamp) implements Serializable {

    static final String SESSION_KEY = SignedInCaller.class.getName();
}
