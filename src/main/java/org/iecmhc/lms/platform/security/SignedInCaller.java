package org.iecmhc.lms.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in with the form, kept in the HTTP session (and so shared across a cluster). */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String SESSION_KEY = SignedInCaller.class.getName();
}
