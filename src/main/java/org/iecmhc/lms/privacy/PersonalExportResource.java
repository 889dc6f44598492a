package org.iecmhc.lms.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iecmhc.lms.platform.security.Roles;

/** Everything stored about one person, for administrators answering a request for their data. */
@Path("/accounts/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class PersonalExportResource {

    @Inject
    DataSubjects privacy;

    @GET
    @Operation(summary = "Everything stored about the person, from every feature, with the audit entries naming them;"
            + " uploaded files are listed (the account page's export adds their bytes in a ZIP)")
    public JsonObject export(@PathParam("id") long id) {
        try {
            return privacy.export(id).json();
        } catch (PrivacyRejected notFound) {
            throw new NotFoundException();
        }
    }
}
