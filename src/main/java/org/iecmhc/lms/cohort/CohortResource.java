package org.iecmhc.lms.cohort;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.FieldErrors;
import org.iecmhc.lms.platform.api.FieldErrors.FieldError;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.text.Utf8;
import org.iecmhc.lms.platform.time.RecordDates;

/** Cohorts for administrators: list, create, import a roster and follow its invitations. Messages are in English. */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class CohortResource {

    private static final int UNPROCESSABLE = 422;
    private static final int MAX_LISTED = 1000;

    @Inject
    Cohorts cohorts;

    @Inject
    RosterImport roster;

    @Inject
    Enrollments enrollments;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Every cohort, newest first, with its number of active enrollments")
    public List<CohortJson> list() {
        List<Cohort> page = cohorts.list(0, MAX_LISTED);
        Map<Long, Long> active = cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList());
        return page.stream().map(c -> CohortJson.of(c, active.getOrDefault(c.getId(), 0L))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cohort")
    public Response one(@PathParam("id") long id) {
        return cohorts.find(id)
                .map(c -> Response.ok(CohortJson.of(c, cohorts.activeEnrollments(id))).build())
                .orElseGet(CohortResource::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a cohort from {name, startDate, endDate, language (en, es, bilingual), capacity}")
    public Response create(String body) {
        List<FieldError> errors = new ArrayList<>();
        CohortDetails details = read(JsonInput.object(body), errors);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new FieldErrors(errors)).build();
        }
        try {
            Cohort cohort = cohorts.create(details);
            return Response.created(URI.create("cohorts/" + cohort.getId()))
                    .entity(CohortJson.of(cohort, 0)).build();
        } catch (CohortRejected rejected) {
            FieldError error = new FieldError(rejected.field(), Messages.text(Locale.ENGLISH, rejected.messageKey()));
            return Response.status(UNPROCESSABLE, "Unprocessable Content").entity(new FieldErrors(List.of(error))).build();
        }
    }

    @POST
    @Path("/{id}/roster")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Enrols a roster (CSV with a header line) in the cohort, all or nothing")
    public Response importRoster(@PathParam("id") long id, byte[] body) {
        if (cohorts.find(id).isEmpty()) {
            return notFound();
        }
        try {
            String csv = Utf8.decode(body == null ? new byte[0] : body);
            return Response.ok(Map.of("imported", roster.importRoster(id, csv))).build();
        } catch (RosterRejected rejected) {
            List<LineError> errors = rejected.problems().stream()
                    .map(p -> new LineError(p.line(), p.message(Locale.ENGLISH))).toList();
            return Response.status(UNPROCESSABLE, "Unprocessable Content")
                    .entity(new LineErrors(errors, rejected.total())).build();
        } catch (InputRejected notUtf8) {
            return ApiError.response(UNPROCESSABLE, Messages.text(Locale.ENGLISH, notUtf8.messageKey()));
        }
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(summary = "Where the invitation of each applicant and enrolled trainee stands, by email")
    public Response invitations(@PathParam("id") long id) {
        if (cohorts.find(id).isEmpty()) {
            return notFound();
        }
        return Response.ok(enrollments.invitations(id).stream().map(InvitationJson::of).toList()).build();
    }

    /** Reads the fields, noting each one missing or of the wrong type; the rules are the service's. */
    private CohortDetails read(JsonObject json, List<FieldError> errors) {
        String name = text(json, "name", errors);
        LocalDate start = date(json, "startDate", errors);
        LocalDate end = date(json, "endDate", errors);
        String languageCode = text(json, "language", errors);
        InstructionLanguage language = languageCode == null ? null : InstructionLanguage.fromCode(languageCode).orElse(null);
        if (languageCode != null && language == null) {
            errors.add(new FieldError("language", "must be en, es or bilingual"));
        }
        Integer capacity = JsonInput.wholeNumber(json.get("capacity"), 1, CohortDetails.MAX_CAPACITY).orElse(null);
        if (capacity == null) {
            errors.add(new FieldError("capacity", "must be a whole number from 1 to " + CohortDetails.MAX_CAPACITY));
        }
        return new CohortDetails(name, start, end, language, capacity);
    }

    private static String text(JsonObject json, String field, List<FieldError> errors) {
        if (json.get(field) instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private LocalDate date(JsonObject json, String field, List<FieldError> errors) {
        String text = text(json, field, errors);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = RecordDates.parseDate(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-09-01"));
            return null;
        }
        if (!RecordDates.isWithinRange(date.getYear(), clock)) {
            errors.add(new FieldError(field, "must be in a year from " + RecordDates.FIRST_YEAR + " to "
                    + RecordDates.lastYear(clock)));
            return null;
        }
        return date;
    }

    private static Response notFound() {
        return ApiError.response(Response.Status.NOT_FOUND, "no such cohort");
    }

    public record CohortJson(long id, String name, String startDate, String endDate, String language, int capacity,
                             String status, long activeEnrollments) {
        static CohortJson of(Cohort c, long active) {
            return new CohortJson(c.getId(), c.getName(), c.getStartDate().toString(), c.getEndDate().toString(),
                    c.getLanguage().code(), c.getCapacity(), c.getStatus().name().toLowerCase(Locale.ROOT), active);
        }
    }

    /** {@code mail} is left out for a person never invited (an account that existed before the roster). */
    public record InvitationJson(String email, String invitation, String mail) {
        static InvitationJson of(RosterInvitation row) {
            return new InvitationJson(row.email(), row.standing().state().name().toLowerCase(Locale.ROOT),
                    row.standing().mail() == null ? null : row.standing().mail().name().toLowerCase(Locale.ROOT));
        }
    }

    public record LineError(int line, String message) {
    }

    /** The first problems (at most {@value FirstProblems#KEPT}) and how many there are in all. */
    public record LineErrors(List<LineError> errors, int total) {
    }
}
