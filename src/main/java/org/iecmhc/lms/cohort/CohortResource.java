package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.text.Utf8;

/** Cohorts for administrators: list, create, import a roster and follow its invitations. Messages are in English. */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class CohortResource {

    private static final int UNPROCESSABLE = 422;

    @Inject
    Cohorts cohorts;

    @Inject
    RosterImport roster;

    @Inject
    Enrollments enrollments;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The cohorts, newest first, a page at a time, with their number of active enrollments")
    public List<CohortJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        List<Cohort> page = cohorts.list(query.offset(), query.size());
        Map<Long, Long> active = cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList());
        return query.answer(page, c -> CohortJson.of(c, active.getOrDefault(c.getId(), 0L)), cohorts.countAll());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cohort, with its version as ETag (send it back in If-Match to change the cohort)")
    public CohortJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        Cohort cohort = cohorts.find(id).orElseThrow(() -> ApiError.noSuch("cohort"));
        return RecordVersions.read(request, servlet, cohort, c -> CohortJson.of(c, cohorts.activeEnrollments(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a cohort's {name, startDate, endDate, language, capacity} and, optionally, status"
            + " (planned, active, closed); If-Match with the ETag read refuses the change when the cohort changed"
            + " since (412)")
    public CohortJson change(@PathParam("id") long id, @RequestBody(ref = "CohortChangeBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        Optional<Cohort> stored = cohorts.find(id);
        if (stored.isEmpty()) {
            throw ApiError.noSuch("cohort");
        }
        long version = RecordVersions.requireMatch(request, stored.get().getVersion());
        JsonFields fields = JsonFields.of(body);
        CohortDetails details = read(fields);
        CohortStatus status = fields.has("status") ? fields.choice("status", CohortStatus.class)
                : stored.get().getStatus();
        fields.requireValid();
        JsonFields.underRules(() -> cohorts.update(id, version, details, status, stored.get().getRequirements(),
                stored.get().getFaculty().stream().map(Account::getId).collect(Collectors.toSet())));
        return RecordVersions.changed(servlet, cohorts.find(id).orElseThrow(),
                changed -> CohortJson.of(changed, cohorts.activeEnrollments(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Creates a cohort from {name, startDate, endDate, language (en, es, bilingual), capacity}")
    @APIResponse(responseCode = "201", description = "The new cohort; Location is its address",
            content = @Content(schema = @Schema(implementation = CohortJson.class)))
    public Response create(@RequestBody(ref = "CohortBody") String body) {
        CohortDetails details = JsonFields.read(body, this::read);
        Cohort cohort = JsonFields.underRules(() -> cohorts.create(details));
        return Created.at("cohorts/" + cohort.getId(), CohortJson.of(cohort, 0));
    }

    @POST
    @Path("/{id}/roster")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Idempotent
    @Operation(summary = "Enrols a roster (CSV with a header line) in the cohort, all or nothing")
    @APIResponse(responseCode = "200", description = "How many people were enrolled: {\"imported\": 12}")
    public Response importRoster(@PathParam("id") long id, byte[] body) {
        if (cohorts.find(id).isEmpty()) {
            return ApiError.noSuch("cohort").getResponse();
        }
        try {
            String csv = Utf8.decode(body == null ? new byte[0] : body);
            return Response.ok(Map.of("imported", roster.importRoster(id, csv))).build();
        } catch (RosterRejected rejected) {
            List<FieldError> errors = rejected.problems().stream()
                    .map(p -> FieldError.ofLine(p.line(), p.message(Locale.ENGLISH))).toList();
            return ApiError.refused("the roster has " + rejected.total() + " bad lines; nothing was enrolled",
                    errors, rejected.total());
        } catch (InputRejected notUtf8) {
            return ApiError.response(UNPROCESSABLE, Messages.text(Locale.ENGLISH, notUtf8.messageKey()));
        }
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(summary = "Where the invitation of each applicant and enrolled trainee stands, by email, a page at a"
            + " time")
    public List<InvitationJson> invitations(@PathParam("id") long id, @Context UriInfo uri,
                                            @Context HttpServletRequest request) {
        if (cohorts.find(id).isEmpty()) {
            throw ApiError.noSuch("cohort");
        }
        return PageQuery.of(uri, request).answerSlice(enrollments.invitations(id), InvitationJson::of);
    }

    /** Reads the fields, noting each one missing or of the wrong type; the rules are the service's. */
    private CohortDetails read(JsonFields fields) {
        return new CohortDetails(fields.text("name"), fields.date("startDate", clock), fields.date("endDate", clock),
                fields.choice("language", InstructionLanguage.class),
                fields.wholeNumber("capacity", 1, CohortDetails.MAX_CAPACITY));
    }

    /** A new cohort, described for /openapi; the body is read field by field, to name each one missing or wrong. */
    public record CohortBody(@Schema(required = true, example = "2025-2026 Cohort") String name,
                             @Schema(required = true, format = "date", example = "2025-09-01") String startDate,
                             @Schema(required = true, format = "date", example = "2026-06-30") String endDate,
                             @Schema(required = true, extensions = @Extension(name = LOWER_CASE,
                                     value = "cohort.InstructionLanguage")) String language,
                             @Schema(required = true, minimum = "1") int capacity) {
    }

    /** A cohort's change: a new one's fields and, optionally, its status (unchanged when absent). */
    public record CohortChangeBody(@Schema(required = true, example = "2025-2026 Cohort") String name,
                                   @Schema(required = true, format = "date", example = "2025-09-01") String startDate,
                                   @Schema(required = true, format = "date", example = "2026-06-30") String endDate,
                                   @Schema(required = true, extensions = @Extension(name = LOWER_CASE,
                                           value = "cohort.InstructionLanguage")) String language,
                                   @Schema(required = true, minimum = "1") int capacity,
                                   @Schema(extensions = @Extension(name = LOWER_CASE, value = "cohort.CohortStatus")) String status) {
    }

    public record CohortJson(long id, @Schema(example = "2025-2026 Cohort") String name,
                             @Schema(format = "date", example = "2025-09-01") String startDate,
                             @Schema(format = "date", example = "2026-06-30") String endDate,
                             @Schema(extensions = @Extension(name = LOWER_CASE, value = "cohort.InstructionLanguage")) String language,
                             int capacity,
                             @Schema(extensions = @Extension(name = LOWER_CASE, value = "cohort.CohortStatus")) String status,
                             long activeEnrollments) {
        static CohortJson of(Cohort c, long active) {
            return new CohortJson(c.getId(), c.getName(), c.getStartDate().toString(), c.getEndDate().toString(),
                    c.getLanguage().code(), c.getCapacity(), c.getStatus().name().toLowerCase(Locale.ROOT), active);
        }
    }

    /** {@code mail} is left out for a person never invited (an account that existed before the roster). */
    public record InvitationJson(String email,
                                 @Schema(extensions = @Extension(name = LOWER_CASE, value = "identity.InvitationState")) String invitation,
                                 @Schema(extensions = @Extension(name = LOWER_CASE, value = "platform.mail.MailState")) String mail) {
        static InvitationJson of(RosterInvitation row) {
            return new InvitationJson(row.email(), row.standing().state().name().toLowerCase(Locale.ROOT),
                    row.standing().mail() == null ? null : row.standing().mail().name().toLowerCase(Locale.ROOT));
        }
    }
}
