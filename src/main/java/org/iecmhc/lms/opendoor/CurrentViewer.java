package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.iecmhc.lms.identity.Roles;

/** The signed-in person as an Open-Door {@link SessionViewer}. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityContext security;

    public SessionViewer get() {
        return new SessionViewer(security.getCallerPrincipal().getName(), security.isCallerInRole(Roles.ADMINISTRATOR));
    }
}
