package org.iecmhc.lms.platform.security;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The signed-in person as a {@link Viewer}. Session- and view-scoped beans inject this rather than the
 * SecurityContext: as a request-scoped bean it reaches them as a serializable proxy, so they travel with the HTTP
 * session to another cluster member; Payara's SecurityContext does not serialize.
 *
 * <p>Each question is put to the container once per request: Payara answers the caller and each role through the
 * authorization provider and a naming lookup, and a page asks a dozen times (a twentieth of a trainee home's CPU). Only
 * a signed-in caller is kept, so a request that signs in sees the new caller afterwards; rights still count anew at
 * every request.
 */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext security;

    private Principal caller;
    private final Map<String, Boolean> roles = new HashMap<>();

    public boolean isSignedIn() {
        return caller() != null;
    }

    public boolean hasRole(String role) {
        if (caller() == null) {
            return security.isCallerInRole(role);
        }
        return roles.computeIfAbsent(role, security::isCallerInRole);
    }

    public Viewer get() {
        return new Viewer(email(), hasRole(Roles.ADMINISTRATOR));
    }

    /** The signed-in person's email, for what needs no right: {@link #get()} also asks whether they administer. */
    public String email() {
        return caller().getName();
    }

    private Principal caller() {
        if (caller == null) {
            caller = security.getCallerPrincipal();
        }
        return caller;
    }
}
