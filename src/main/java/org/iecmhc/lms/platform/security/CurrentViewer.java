package org.iecmhc.lms.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.iecmhc.lms.identity.Roles;

/** The signed-in person as a {@link Viewer}. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext security;

    public Viewer get() {
        return new Viewer(security.getCallerPrincipal().getName(), security.isCallerInRole(Roles.ADMINISTRATOR));
    }
}
