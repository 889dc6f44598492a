package org.iecmhc.lms.support;

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

/** Past Community of Support series with everything they hold, imported from CSV by administrators as on their page. */
@Path("/support/series/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class SupportImportResource {

    @Inject
    SupportHistory history;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Idempotent
    @Extension(name = CsvImportAnswer.EXTENSION, value = "lines")
    @Operation(summary = "Imports past series from CSV (title,language,facilitator_email,session_dates,start_time,"
            + "minutes,provider,attended,highly_valuable,comments,consent_to_quote; one line per enrolled provider),"
            + " all lines or none; dryRun=true only checks")
    public Response importSeries(byte[] body, @QueryParam("dryRun") boolean dryRun) {
        return CsvImportAnswer.answer(history, body, dryRun, "series");
    }
}
