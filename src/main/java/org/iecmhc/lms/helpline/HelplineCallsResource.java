package org.iecmhc.lms.helpline;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.IdempotentRequests;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.text.Utf8;

/** Imports helpline calls from a CSV body, all or nothing. */
@Path("/helpline/calls")
@RolesAllowed({Roles.HELPLINE_STAFF, Roles.ADMINISTRATOR})
public class HelplineCallsResource {

    private static final int UNPROCESSABLE = 422;

    @Inject
    HelplineImport importer;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Extension(name = IdempotentRequests.EXTENSION, value = "true")
    @Operation(summary = "Import helpline calls from CSV (received_at,duration_minutes,caller_role,caller_key,county,"
            + "language,topics,consultation_recommended); all lines or none")
    public Response importCalls(byte[] body) {
        String csv;
        try {
            csv = Utf8.decode(body == null ? new byte[0] : body);
        } catch (InputRejected notUtf8) {
            return ApiError.response(UNPROCESSABLE, Messages.text(Locale.ENGLISH, notUtf8.messageKey()));
        }
        CallImportReader.Result result = importer.importCsv(csv);
        if (!result.isClean()) {
            List<FieldError> errors = result.problems().stream()
                    .map(p -> FieldError.ofLine(p.line(), p.message(Locale.ENGLISH))).toList();
            return ApiError.refused("the file has " + result.problemCount() + " bad lines; no call was imported",
                    errors, result.problemCount());
        }
        return Response.ok(new Imported(result.calls().size())).build();
    }

    public record Imported(int imported) {
    }
}
