package org.iecmhc.lms.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.iecmhc.lms.platform.api.CsvImportAnswer;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.security.Roles;

/** Past consultation assignments with counts and answers, imported from CSV by administrators as on their page. */
@Path("/consultation/assignments/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AssignmentImportResource {

    @Inject
    AssignmentHistory history;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Idempotent
    @Extension(name = CsvImportAnswer.EXTENSION, value = "assignments")
    @Operation(summary = "Imports past assignments from CSV (provider,county,consultant_email,level,modality,start_on,"
            + "end_on,status,children_benefiting,staff_influenced,worthwhile,comments,consent_to_quote; one line per"
            + " assignment), all lines or none; dryRun=true only checks")
    public Response importAssignments(byte[] body, @QueryParam("dryRun") boolean dryRun) {
        return CsvImportAnswer.answer(history, body, dryRun, "assignment");
    }
}
