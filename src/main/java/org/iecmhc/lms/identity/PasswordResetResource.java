package org.iecmhc.lms.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.JsonInput;

/** "Forgot your password?" for API clients and apps: anyone may ask, nobody learns whether the address is known. */
@Path("/password-reset")
@PermitAll
public class PasswordResetResource {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PasswordResets resets;

    @Inject
    PasswordResetThrottle throttle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mails a link (valid one hour) to choose a new password to the account of {email}, if there is"
            + " one; always 202")
    @APIResponse(responseCode = "202", description = "Asked; a mail is sent if the address is an account's")
    public Response request(@RequestBody(ref = "PasswordResetBody") String body, @Context HttpServletRequest request) {
        JsonObject json = JsonInput.object(body);
        if (!(json.get("email") instanceof JsonString email) || AccountRules.emailProblem(email.getString()).isPresent()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "email must be one well-formed e-mail address");
        }
        long wait = throttle.take(request);
        if (wait > 0) {
            return Response.fromResponse(ApiError.response(TOO_MANY_REQUESTS, "too many reset requests; retry later"))
                    .header("Retry-After", wait).build();
        }
        resets.request(email.getString());
        return Response.accepted().build();
    }

    /** The address to mail the link to, described for /openapi; the body is read as JSON to answer a bad one. */
    public record PasswordResetBody(@Schema(required = true, format = "email") String email) {
    }
}
