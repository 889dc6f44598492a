package org.iecmhc.lms.platform.security;

import java.io.Serializable;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * Who signed in with the form, kept in the HTTP session (and so shared across a cluster), with the account's
 * security stamp of that moment: a session whose stamp is no longer the account's ends at its next request.
 */
public record SignedInCaller(String name, Set<String> groups, long stamp) implements Serializable {

    static final String SESSION_KEY = SignedInCaller.class.getName();

    /**
     * Keeps this session signed in after a change the person made themselves (their own new password), which
     * raised the stamp to end their other sessions only.
     */
    public static void keepAfterOwnChange(HttpSession session, long newStamp) {
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedInCaller caller) {
            session.setAttribute(SESSION_KEY, new SignedInCaller(caller.name(), caller.groups(), newStamp));
        }
    }
}
