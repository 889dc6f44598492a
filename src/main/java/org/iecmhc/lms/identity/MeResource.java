package org.iecmhc.lms.identity;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;
import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.security.Roles;

/** Who the caller is. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR, Roles.HELPLINE_STAFF, Roles.CONSULTANT})
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "The calling account: email, name, roles and preferred language")
    public Me me(@Context SecurityContext security, @Context Request request, @Context HttpServletRequest servlet) {
        Account account = accounts.findByEmail(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
        List<String> roles = account.getRoles().stream().map(Role::name).sorted().toList();
        return RecordVersions.read(request, servlet, new Me(account.getEmail(), account.getDisplayName(), account.getFirstName(),
                account.getLastName(), roles, account.getPreferredLanguage().code()), account.getVersion());
    }

    public record Me(String email, String name, String firstName, String lastName,
                     @Schema(extensions = @Extension(name = NAMES, value = "identity.Role")) List<String> roles,
                     @Schema(extensions = @Extension(name = LOWER_CASE, value = "platform.i18n.Language")) String language) {
    }
}
