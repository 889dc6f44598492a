package org.iecmhc.lms.privacy;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.text.EmailFormat;

/**
 * The data of people without an account (registrants for offerings, survey participants), known only by their
 * e-mail address, for administrators answering their request. An account's address is answered by the account's
 * own export and anonymisation.
 */
@Path("/registrants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class RegistrantDataResource {

    private static final String MALFORMED = "must be one well-formed e-mail address";

    @Inject
    DataSubjects privacy;

    @GET
    @Path("/export")
    @Operation(summary = "Everything held about the registrant with this e-mail address, one section per feature that"
            + " holds such data; an account's address is refused (400)")
    public JsonObject export(@Parameter(description = "the registrant's e-mail address", required = true)
                             @QueryParam("email") String email) {
        if (!EmailFormat.isWellFormed(email)) {
            throw new WebApplicationException(ApiError.invalid(List.of(new FieldError("email", MALFORMED))));
        }
        try {
            return privacy.exportRegistrant(email);
        } catch (PrivacyRejected hasAccount) {
            throw invalidAddress(hasAccount);
        }
    }

    /** Erasing twice is the same as once, so a retried request needs no idempotency key. */
    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases the registrant's name, address and words from every feature's records, keeping the"
            + " registrations, attendance and yes-or-no answers that figures count; an account's address is refused (400)")
    @APIResponse(responseCode = "204", description = "Erased (or nothing was held)")
    public Response erase(@RequestBody(ref = "RegistrantErasureBody") String body) {
        JsonFields fields = JsonFields.of(body);
        String address = fields.text("email");
        if (address != null && !EmailFormat.isWellFormed(address)) {
            fields.problem("email", MALFORMED);
        }
        fields.requireValid();
        try {
            privacy.eraseRegistrant(address);
        } catch (PrivacyRejected hasAccount) {
            throw invalidAddress(hasAccount);
        }
        return Response.noContent().build();
    }

    /** An account's address is no registrant's: a 400 naming {@code email} that sends the caller to the account's export. */
    private static WebApplicationException invalidAddress(PrivacyRejected rejected) {
        return new WebApplicationException(ApiError.invalid(List.of(new FieldError("email",
                Messages.text(Locale.ENGLISH, rejected.messageKey())))));
    }

    /** The registrant to erase, described for /openapi; the body is read as JSON to answer a bad one. */
    public record RegistrantErasureBody(@Schema(required = true, format = "email") String email) {
    }
}
