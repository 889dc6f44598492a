package org.iecmhc.lms.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The signed-in person as a {@link Viewer}. Session- and view-scoped beans inject this rather than the
 * SecurityContext: as a request-scoped bean it reaches them as a serializable proxy, so they travel with the HTTP
 * session to another cluster member; Payara's SecurityContext does not serialize.
 */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public Viewer get() {
        return new Viewer(security.getCallerPrincipal().getName(), security.isCallerInRole(Roles.ADMINISTRATOR));
    }
}
