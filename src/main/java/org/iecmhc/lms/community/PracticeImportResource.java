package org.iecmhc.lms.community;

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

/** Past Community of Practice meetings with attendance, imported from CSV by administrators as on their page. */
@Path("/community/meetings/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class PracticeImportResource {

    @Inject
    PracticeHistory history;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Idempotent
    @Extension(name = CsvImportAnswer.EXTENSION, value = "lines")
    @Operation(summary = "Imports past meetings from CSV (cohort,series,facilitator_email,held_on,start_time,minutes,"
            + "topic,trainee_email,attendance; one line per trainee at a meeting), all lines or none; dryRun=true only"
            + " checks")
    public Response importMeetings(byte[] body, @QueryParam("dryRun") boolean dryRun) {
        return CsvImportAnswer.answer(history, body, dryRun, "meeting");
    }
}
