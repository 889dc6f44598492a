package org.iecmhc.lms.completion;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public verify page's answer as JSON, for anyone holding a certificate code (no credentials): the certificate
 * it proves, or that it was superseded (with the day only), or that it is unknown, exactly as the page says.
 */
@Path("/certificates/verification")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CertificateVerificationResource {

    @Inject
    Completions completion;

    @GET
    @Path("/{code}")
    @Operation(summary = "What a certificate code proves, for anyone (no credentials): VALID or EXPIRED with the"
            + " certificate, SUPERSEDED by a reissue with the day, or UNKNOWN")
    public VerificationJson verify(@PathParam("code") String code) {
        Verification verification = completion.check(code);
        return new VerificationJson(verification.status().name(),
                verification.certificate() == null ? null : ProvenJson.of(verification.certificate()),
                verification.supersededOn() == null ? null : verification.supersededOn().toString());
    }

    /** {@code certificate} is present for VALID and EXPIRED, {@code supersededOn} for SUPERSEDED. */
    public record VerificationJson(@Schema(extensions = @Extension(name = NAMES, value = "completion.VerificationStatus")) String status,
                                   ProvenJson certificate,
                                   @Schema(format = "date") String supersededOn) {
    }

    /** What the public page shows of a certificate, and nothing more: not its figures. */
    public record ProvenJson(String code, String traineeName, String cohort,
                             @Schema(format = "date") String completedOn,
                             @Schema(format = "date") String validUntil) {
        static ProvenJson of(CertificateDocument d) {
            return new ProvenJson(d.code(), d.traineeName(), d.cohortName(),
                    d.completedOn() == null ? null : d.completedOn().toString(),
                    d.validUntil() == null ? null : d.validUntil().toString());
        }
    }
}
