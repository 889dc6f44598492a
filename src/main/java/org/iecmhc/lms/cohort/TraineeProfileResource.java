package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
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
    public TraineeProfileJson answerOwn(@RequestBody(ref = "TraineeProfileBody") String body,
            @Context SecurityContext security, @Context Request request, @Context HttpServletRequest servlet) {
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
    public TraineeProfileJson answer(@PathParam("account") long accountId,
            @RequestBody(ref = "TraineeProfileBody") String body, @Context Request request,
            @Context HttpServletRequest servlet) {
        return answer(account(accountId), body, request, servlet);
    }

    private TraineeProfileJson read(Account account, Request request, HttpServletRequest servlet) {
        TraineeProfile profile = profiles.profileOf(account.getId()).orElse(null);
        return RecordVersions.read(request, servlet, TraineeProfileJson.of(account, profile), version(profile));
    }

    private TraineeProfileJson answer(Account account, String body, Request request, HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, version(profiles.profileOf(account.getId()).orElse(null)));
        JsonFields fields = JsonFields.of(body);
        RaceEthnicity race = fields.optionalChoice("raceEthnicity", RaceEthnicity.class);
        LanguageBackground language = fields.optionalChoice("language", LanguageBackground.class);
        String county = fields.optionalText("county");
        String agency = fields.optionalText("agency");
        String discipline = fields.optionalText("discipline");
        fields.requireValid();
        String fips = county == null || county.isBlank() ? null
                : counties.find(county).map(County::getFips).orElse(county);
        JsonFields.underRules(() -> profiles.answer(account.getId(), version, new ProfileAnswers(race,
                language, fips, agency, discipline)));
        TraineeProfile saved = profiles.profileOf(account.getId()).orElseThrow();
        return RecordVersions.changed(servlet, TraineeProfileJson.of(account, saved), saved.getVersion());
    }

    private Account caller(SecurityContext security) {
        return accounts.findByEmail(security.getUserPrincipal().getName())
                .orElseThrow(() -> ApiError.noSuch("account"));
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> ApiError.noSuch("account"));
    }

    private static long version(TraineeProfile profile) {
        return profile == null ? TraineeProfiles.NO_PROFILE : profile.getVersion();
    }

    /** {@code county} is the county's name, {@code countyFips} its code; null fields are not answered. */
    public record TraineeProfileJson(long accountId,
                                     @Schema(extensions = @Extension(name = NAMES, value = "cohort.RaceEthnicity")) String raceEthnicity,
                                     @Schema(extensions = @Extension(name = NAMES, value = "cohort.LanguageBackground")) String language,
                                     @Schema(example = "Alameda") String county, String countyFips,
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

    /** A profile's answers, described for /openapi; a field null or absent is not answered. */
    public record TraineeProfileBody(@Schema(extensions = @Extension(name = NAMES, value = "cohort.RaceEthnicity")) String raceEthnicity,
                                     @Schema(extensions = @Extension(name = NAMES, value = "cohort.LanguageBackground")) String language,
                                     @Schema(description = "the county's name or FIPS code", example = "Alameda") String county,
                                     String agency, String discipline) {
    }
}
