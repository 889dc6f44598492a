package org.iecmhc.lms.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;

/**
 * A person's profile and demographics, as the profile pages read and save them: a trainee their own
 * ({@code /profiles/me}), an administrator anyone's by account id. Nobody else reads one person's answers.
 */
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.ADMINISTRATOR})
public class TraineeProfileResource {

    private static final String SUMMARY_FIELDS = "{raceEthnicity, language, county, agency, discipline}; null or a"
            + " missing field is not answered, DECLINED declines to state";

    @Inject
    TraineeProfiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Counties counties;

    @GET
    @Path("/me")
    @RolesAllowed(Roles.TRAINEE)
    @Operation(summary = "The caller's own profile, with its version as ETag (\"0\" before the first answer)")
    public TraineeProfileJson own(@Context SecurityContext security, @Context Request request,
                           @Context HttpServletRequest servlet) {
        return read(caller(security), request, servlet);
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.TRAINEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers the caller's own profile: " + SUMMARY_FIELDS + "; If-Match with the ETag read"
            + " refuses the change when the profile changed since (412)")
    public TraineeProfileJson answerOwn(String body, @Context SecurityContext security, @Context Request request,
                                 @Context HttpServletRequest servlet) {
        return answer(caller(security), body, request, servlet);
    }

    @GET
    @Path("/{account}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The profile of the account, with its version as ETag (\"0\" before the first answer)")
    public TraineeProfileJson one(@PathParam("account") long accountId, @Context Request request,
                           @Context HttpServletRequest servlet) {
        return read(account(accountId), request, servlet);
    }

    @PUT
    @Path("/{account}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers the account's profile: " + SUMMARY_FIELDS + "; If-Match with the ETag read refuses"
            + " the change when the profile changed since (412)")
    public TraineeProfileJson answer(@PathParam("account") long accountId, String body, @Context Request request,
                              @Context HttpServletRequest servlet) {
        return answer(account(accountId), body, request, servlet);
    }

    private TraineeProfileJson read(Account account, Request request, HttpServletRequest servlet) {
        TraineeProfile profile = profiles.profileOf(account.getId()).orElse(null);
        return RecordVersions.read(request, servlet, TraineeProfileJson.of(account, profile), version(profile));
    }

    private TraineeProfileJson answer(Account account, String body, Request request, HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, version(profiles.profileOf(account.getId()).orElse(null)));
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        RaceEthnicity race = code(json, "raceEthnicity", RaceEthnicity.values(), RaceEthnicity::name, errors);
        LanguageBackground language = code(json, "language", LanguageBackground.values(), LanguageBackground::name,
                errors);
        String county = text(json, "county", errors);
        String agency = text(json, "agency", errors);
        String discipline = text(json, "discipline", errors);
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
        String fips = county == null || county.isBlank() ? null
                : counties.find(county).map(County::getFips).orElse(county);
        try {
            profiles.answer(account.getId(), version, new ProfileAnswers(race, language, fips, agency, discipline));
        } catch (CohortRejected rejected) {
            FieldError error = new FieldError(rejected.field(), Messages.text(Locale.ENGLISH, rejected.messageKey()));
            throw new WebApplicationException(ApiError.refused(error.message(), List.of(error), null));
        }
        TraineeProfile saved = profiles.profileOf(account.getId()).orElseThrow();
        return RecordVersions.changed(servlet, TraineeProfileJson.of(account, saved), saved.getVersion());
    }

    private Account caller(SecurityContext security) {
        return accounts.findByEmail(security.getUserPrincipal().getName()).orElseThrow(() -> notFound());
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> notFound());
    }

    private static WebApplicationException notFound() {
        return new WebApplicationException(ApiError.response(Response.Status.NOT_FOUND, "no such account"));
    }

    private static long version(TraineeProfile profile) {
        return profile == null ? TraineeProfiles.NO_PROFILE : profile.getVersion();
    }

    /** One of the codes, or null when the field is missing or null (not answered). */
    private static <E> E code(JsonObject json, String field, E[] codes, Function<E, String> name,
                              List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        for (E code : codes) {
            if (value instanceof JsonString text && name.apply(code).equals(text.getString())) {
                return code;
            }
        }
        errors.add(new FieldError(field, "must be one of " + List.of(codes) + " or null"));
        return null;
    }

    private static String text(JsonObject json, String field, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value != null && value != JsonValue.NULL) {
            errors.add(new FieldError(field, "must be a string or null"));
        }
        return null;
    }

    /** {@code county} is the county's name, {@code countyFips} its code; null fields are not answered. */
    public record TraineeProfileJson(long accountId, String raceEthnicity, String language, String county, String countyFips,
                              String agency, String discipline) {
        static TraineeProfileJson of(Account account, TraineeProfile p) {
            if (p == null) {
                return new TraineeProfileJson(account.getId(), null, null, null, null, null, null);
            }
            return new TraineeProfileJson(account.getId(), p.getRaceEthnicity() == null ? null : p.getRaceEthnicity().name(),
                    p.getLanguage() == null ? null : p.getLanguage().name(),
                    p.getCounty() == null ? null : p.getCounty().getName(),
                    p.getCounty() == null ? null : p.getCounty().getFips(), p.getAgency(), p.getDiscipline());
        }
    }
}
