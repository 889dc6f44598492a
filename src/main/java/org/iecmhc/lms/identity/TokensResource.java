package org.iecmhc.lms.identity;

import static org.iecmhc.lms.platform.api.ApiValues.SCOPES;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The caller's own access tokens: create (the token is in that answer only), list, revoke. Administrators make
 * tokens for other accounts on the account's page. A call made with a token may create tokens within its own
 * scopes only, so that a token cannot widen itself.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR, Roles.HELPLINE_STAFF, Roles.CONSULTANT})
public class TokensResource {

    @Inject
    AccessTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The caller's access tokens, newest first (at most 50), a page at a time: name, scopes,"
            + " created, expiry, last use")
    public List<TokenJson> list(@Context SecurityContext security, @Context UriInfo uri,
                                @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        LocalDate today = PacificTime.today(clock);
        return query.answerSlice(tokens.list(viewer(security), accountId(security)), t -> TokenJson.of(t, today));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Creates an access token from {name, scopes (such as [\"program:read\"]), expiresOn}; the"
            + " answer holds the token, which is shown this once")
    @APIResponse(responseCode = "201", description = "The new token, with the token itself this once",
            content = @Content(schema = @Schema(implementation = CreatedTokenJson.class)))
    public Response create(@RequestBody(ref = "TokenBody") String body, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        AccessTokenDetails details = JsonFields.read(body, this::read);
        if (request.getAttribute(ApiScope.GRANTED) instanceof Collection<?> granted && !details.scopes().stream()
                .allMatch(scope -> scope.isGrantedBy(granted.stream().map(ApiScope.class::cast).toList()))) {
            return ApiError.response(Response.Status.FORBIDDEN, "a token may create tokens within its own scopes only");
        }
        AccessTokens.Created created = JsonFields.underRules(() -> tokens.create(viewer(security),
                accountId(security), details));
        return Created.at("tokens/" + created.token().getId(), CreatedTokenJson.of(created, PacificTime.today(clock)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revokes one of the caller's tokens at once")
    public Response revoke(@PathParam("id") long id, @Context SecurityContext security) {
        try {
            tokens.revoke(viewer(security), id);
            return Response.noContent().build();
        } catch (AccountRejected notTheirs) {
            return ApiError.noSuch("token").getResponse();
        }
    }

    /** Reads the fields, noting each one missing or of the wrong type; the rules are the service's. */
    private AccessTokenDetails read(JsonFields fields) {
        String name = fields.text("name");
        Set<ApiScope> scopes = new LinkedHashSet<>();
        for (JsonValue value : fields.items("scopes", 1, "must be a list of at least one scope, such as"
                + " [\"program:read\"]")) {
            Optional<ApiScope> scope = value instanceof JsonString code ? ApiScope.fromCode(code.getString())
                    : Optional.empty();
            if (scope.isEmpty()) {
                fields.problem("scopes", "each scope is one of " + String.join(", ",
                        ApiScope.all().stream().map(ApiScope::code).toList()));
                break;
            }
            scopes.add(scope.get());
        }
        return new AccessTokenDetails(name, scopes, fields.date("expiresOn", clock));
    }

    private Viewer viewer(SecurityContext security) {
        return new Viewer(Account.normalizeEmail(security.getUserPrincipal().getName()), false);
    }

    private long accountId(SecurityContext security) {
        return accounts.findByEmail(security.getUserPrincipal().getName()).orElseThrow().getId();
    }

    /** Times in UTC with a Z; the expiry is the last California day the token works. */
    public record TokenJson(long id, @Schema(example = "Roster sync") String name,
                            @Schema(extensions = @Extension(name = SCOPES, value = "token scopes")) List<String> scopes,
                            @Schema(format = "date-time") String createdAt,
                            @Schema(format = "date") String expiresOn, @Schema(format = "date-time") String lastUsedAt,
                            boolean expired) {
        static TokenJson of(AccessToken token, LocalDate today) {
            return new TokenJson(token.getId(), token.getName(), token.getScopes().stream().map(ApiScope::code).toList(),
                    utc(token.getCreatedAt()), token.getExpiresOn().toString(), utc(token.getLastUsedAt()),
                    token.isExpired(today));
        }

        private static String utc(LocalDateTime time) {
            return time == null ? null : time.atOffset(ZoneOffset.UTC).toInstant().toString();
        }
    }

    public record CreatedTokenJson(long id, @Schema(example = "Roster sync") String name,
                                   @Schema(extensions = @Extension(name = SCOPES, value = "token scopes")) List<String> scopes,
                                   @Schema(format = "date-time") String createdAt,
                                   @Schema(format = "date") String expiresOn,
                                   String token) {
        static CreatedTokenJson of(AccessTokens.Created created, LocalDate today) {
            TokenJson json = TokenJson.of(created.token(), today);
            return new CreatedTokenJson(json.id(), json.name(), json.scopes(), json.createdAt(), json.expiresOn(),
                    created.secret());
        }
    }

    /** A new token, described for /openapi; the body is read field by field, to name each one missing or wrong. */
    public record TokenBody(@Schema(required = true, example = "Nightly roster export") String name,
                            @Schema(required = true, extensions = @Extension(name = SCOPES, value = "token scopes")) List<String> scopes,
                            @Schema(required = true, format = "date", example = "2026-06-30") String expiresOn) {
    }
}
