package org.iecmhc.lms.identity;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;
import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Accounts for administrators, through the same services as the account pages (and so the same rules, mails and
 * audit): list, read, create and invite, set the roles, deactivate and reactivate. Messages are in English.
 */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @GET
    @Operation(summary = "The accounts by last name, a page at a time; role (TRAINEE, FACULTY, ADMINISTRATOR,"
            + " HELPLINE_STAFF, CONSULTANT), active (true, false) and q (part of the name or email) filter them")
    @Parameters({
            @Parameter(name = "role", in = ParameterIn.QUERY, description = "Keeps the accounts that hold this role",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "identity.Role"))),
            @Parameter(name = "active", in = ParameterIn.QUERY, description = "Keeps the active accounts (true) or the deactivated ones (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Keeps the accounts whose name or email contains this text",
                    schema = @Schema(type = SchemaType.STRING))})
    public List<AccountJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Role chosenRole = filters.choice("role", Role.class);
        Boolean chosenState = filters.flag("active");
        String text = filters.text("q");
        filters.requireValid();
        List<Account> page = accounts.search(text, chosenRole, chosenState, filters.offset(), filters.size());
        Map<Long, InvitationState> states = invitations.states(page.stream().map(Account::getId).toList());
        return filters.answer(page, a -> AccountJson.of(a, states.get(a.getId())),
                accounts.countMatching(text, chosenRole, chosenState));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account, with its version as ETag (send it back in If-Match to change its roles)")
    public AccountJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        return RecordVersions.read(request, servlet, require(id), this::json);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Creates an account from {email, firstName, lastName, language (en, es), roles} and mails"
            + " the person an invitation to choose their password, as the account page does")
    @APIResponse(responseCode = "201", description = "The new account; Location is its address",
            content = @Content(schema = @Schema(implementation = AccountJson.class)))
    public Response create(@RequestBody(ref = "AccountBody") String body) {
        AccountDetails details = JsonFields.read(body, fields -> new AccountDetails(fields.text("email"),
                fields.text("firstName"), fields.text("lastName"), fields.choice("language", Language.class),
                roles(fields)));
        Account account = JsonFields.underRules(() -> invitations.createInvited(details));
        return Created.at("accounts/" + account.getId(), json(account));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the account's roles to {roles: [...]}; it counts at the person's very next request,"
            + " and they are told. If-Match with the account's ETag refuses the change when the account changed since"
            + " (412)")
    public AccountJson changeRoles(@PathParam("id") long id, @RequestBody(ref = "AccountRolesBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        Account stored = require(id);
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        Set<Role> roles = JsonFields.read(body, AccountResource::roles);
        JsonFields.underRules(() -> accounts.update(id, version, new AccountDetails(stored.getEmail(),
                stored.getFirstName(), stored.getLastName(), stored.getPreferredLanguage(), roles), null,
                stored.isPasswordSignIn()));
        return RecordVersions.changed(servlet, require(id), this::json);
    }

    @POST
    @Path("/{id}/deactivation")
    @Operation(summary = "Deactivates the account: its sessions, passwords and tokens stop working at its very next"
            + " request; doing it twice is the same as once")
    public AccountJson deactivate(@PathParam("id") long id, @Context HttpServletRequest servlet) {
        return setActive(id, false, servlet);
    }

    @DELETE
    @Path("/{id}/deactivation")
    @Operation(summary = "Reactivates a deactivated account; doing it twice is the same as once")
    public AccountJson reactivate(@PathParam("id") long id, @Context HttpServletRequest servlet) {
        return setActive(id, true, servlet);
    }

    private AccountJson setActive(long id, boolean active, HttpServletRequest servlet) {
        require(id);
        accounts.setActive(id, active);
        return RecordVersions.changed(servlet, require(id), this::json);
    }

    private AccountJson json(Account account) {
        return AccountJson.of(account, invitations.states(List.of(account.getId())).get(account.getId()));
    }

    private Account require(long id) {
        return accounts.find(id).orElseThrow(() -> ApiError.noSuch("account"));
    }

    /** The roles named; an empty list is left to the service, which refuses it as the page does. */
    private static Set<Role> roles(JsonFields fields) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (fields.has("roles")) {
            roles.addAll(fields.choices("roles", Role.class));
        } else {
            fields.problem("roles", "must be a list of roles such as [\"TRAINEE\"]");
        }
        return roles;
    }

    /**
     * {@code invitation}: where the person's latest invitation stands ({@code none}, {@code sent}, {@code accepted},
     * {@code expired}, {@code failed}). Never the password hash, nor anything about sign-in attempts.
     */
    public record AccountJson(long id, @Schema(example = "ana.garcia@first5alameda.example.org") String email,
                              String firstName, String lastName,
                              @Schema(extensions = @Extension(name = NAMES, value = "identity.Role")) List<String> roles,
                              @Schema(extensions = @Extension(name = LOWER_CASE, value = "platform.i18n.Language")) String language,
                              boolean active, boolean passwordSignIn,
                              @Schema(extensions = @Extension(name = LOWER_CASE, value = "identity.InvitationState")) String invitation) {
        static AccountJson of(Account account, InvitationState invitation) {
            return new AccountJson(account.getId(), account.getEmail(), account.getFirstName(), account.getLastName(),
                    account.getRoles().stream().map(Role::name).sorted().toList(),
                    account.getPreferredLanguage().code(), account.isActive(), account.isPasswordSignIn(),
                    invitation.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A new account, described for /openapi; the body is read field by field, to name each one missing or wrong. */
    public record AccountBody(@Schema(required = true, format = "email") String email,
                              @Schema(required = true) String firstName,
                              @Schema(required = true) String lastName,
                              @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "platform.i18n.Language")) String language,
                              @Schema(required = true, extensions = @Extension(name = NAMES, value = "identity.Role")) List<String> roles) {
    }

    /** The account's roles, all of them (the list replaces the stored one). */
    public record AccountRolesBody(
            @Schema(required = true, extensions = @Extension(name = NAMES, value = "identity.Role")) List<String> roles) {
    }
}
