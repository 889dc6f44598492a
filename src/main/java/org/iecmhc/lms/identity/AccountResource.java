package org.iecmhc.lms.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.IdempotentRequests;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.api.Paging;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
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
    @Extension(name = Paging.EXTENSION, value = "true")
    public List<AccountJson> list(@QueryParam("role") String role, @QueryParam("active") String active,
                                  @QueryParam("q") String text, @Context UriInfo uri,
                                  @Context HttpServletRequest request) {
        Paging paging = Paging.of(uri);
        List<FieldError> errors = new ArrayList<>();
        Role chosenRole = role == null ? null : role(role).orElse(null);
        if (role != null && chosenRole == null) {
            errors.add(new FieldError("role", "must be one of " + List.of(Role.values())));
        }
        Boolean chosenState = active == null ? null : switch (active) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError("active", "must be true or false"));
                yield null;
            }
        };
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
        List<Account> page = accounts.search(text, chosenRole, chosenState, paging.offset(), paging.size());
        Map<Long, InvitationState> states = invitations.states(page.stream().map(Account::getId).toList());
        return paging.answer(page.stream().map(a -> AccountJson.of(a, states.get(a.getId()))).toList(),
                accounts.countMatching(text, chosenRole, chosenState), uri, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account, with its version as ETag (send it back in If-Match to change its roles)")
    public AccountJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        Account account = require(id);
        return RecordVersions.read(request, servlet, json(account), account.getVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Extension(name = IdempotentRequests.EXTENSION, value = "true")
    @Operation(summary = "Creates an account from {email, firstName, lastName, language (en, es), roles} and mails"
            + " the person an invitation to choose their password, as the account page does")
    @APIResponse(responseCode = "201", description = "The new account; Location is its address",
            content = @Content(schema = @Schema(implementation = AccountJson.class)))
    public Response create(String body) {
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        String email = text(json, "email", errors);
        String firstName = text(json, "firstName", errors);
        String lastName = text(json, "lastName", errors);
        Language language = language(json, errors);
        Set<Role> roles = roles(json, errors);
        if (!errors.isEmpty()) {
            return ApiError.invalid(errors);
        }
        try {
            Account account = invitations.createInvited(new AccountDetails(email, firstName, lastName, language, roles));
            return Response.created(URI.create("accounts/" + account.getId())).entity(json(account)).build();
        } catch (AccountRejected rejected) {
            return refused(rejected);
        }
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the account's roles to {roles: [...]}; it counts at the person's very next request,"
            + " and they are told. If-Match with the account's ETag refuses the change when the account changed since"
            + " (412)")
    public AccountJson changeRoles(@PathParam("id") long id, String body, @Context Request request,
                                   @Context HttpServletRequest servlet) {
        Account stored = require(id);
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(JsonInput.object(body), errors);
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
        try {
            accounts.update(id, version, new AccountDetails(stored.getEmail(), stored.getFirstName(),
                    stored.getLastName(), stored.getPreferredLanguage(), roles), null, stored.isPasswordSignIn());
        } catch (AccountRejected rejected) {
            throw new WebApplicationException(refused(rejected));
        }
        Account changed = require(id);
        return RecordVersions.changed(servlet, json(changed), changed.getVersion());
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
        Account changed = require(id);
        return RecordVersions.changed(servlet, json(changed), changed.getVersion());
    }

    private AccountJson json(Account account) {
        return AccountJson.of(account, invitations.states(List.of(account.getId())).get(account.getId()));
    }

    private Account require(long id) {
        return accounts.find(id).orElseThrow(() -> new WebApplicationException(
                ApiError.response(Response.Status.NOT_FOUND, "no such account")));
    }

    private static Response refused(AccountRejected rejected) {
        FieldError error = new FieldError(rejected.field(), Messages.text(Locale.ENGLISH, rejected.messageKey()));
        return ApiError.refused(error.message(), List.of(error), null);
    }

    private static String text(JsonObject json, String field, List<FieldError> errors) {
        if (json.get(field) instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private static Language language(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("language");
        for (Language language : Language.values()) {
            if (value instanceof JsonString code && language.code().equals(code.getString())) {
                return language;
            }
        }
        errors.add(new FieldError("language", "must be en or es"));
        return null;
    }

    /** The roles named; an empty list is left to the service, which refuses it as the page does. */
    private static Set<Role> roles(JsonObject json, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (json.get("roles") instanceof JsonArray names) {
            for (JsonValue name : names) {
                Optional<Role> role = name instanceof JsonString text ? role(text.getString()) : Optional.empty();
                if (role.isEmpty()) {
                    errors.add(new FieldError("roles", "each role is one of " + List.of(Role.values())));
                    return roles;
                }
                roles.add(role.get());
            }
            return roles;
        }
        errors.add(new FieldError("roles", "must be a list of roles such as [\"TRAINEE\"]"));
        return roles;
    }

    private static Optional<Role> role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code invitation}: where the person's latest invitation stands ({@code none}, {@code sent}, {@code accepted},
     * {@code expired}, {@code failed}). Never the password hash, nor anything about sign-in attempts.
     */
    public record AccountJson(long id, String email, String firstName, String lastName, List<String> roles,
                              String language, boolean active, boolean passwordSignIn, String invitation) {
        static AccountJson of(Account account, InvitationState invitation) {
            return new AccountJson(account.getId(), account.getEmail(), account.getFirstName(), account.getLastName(),
                    account.getRoles().stream().map(Role::name).sorted().toList(),
                    account.getPreferredLanguage().code(), account.isActive(), account.isPasswordSignIn(),
                    invitation.name().toLowerCase(Locale.ROOT));
        }
    }
}
