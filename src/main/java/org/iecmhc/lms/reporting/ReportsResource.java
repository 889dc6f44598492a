package org.iecmhc.lms.reporting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyOptions;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.FiscalYears;

/**
 * Every report of the reporting pages for administrators: impact figures, reach by county, cohort demographics and
 * completion, as JSON or, with {@code format=csv}, as the very CSV the pages download (the same tables, with
 * {@code lang=es} for Spanish headers). Messages are in English.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class ReportsResource {

    private static final String FORMATS = " JSON by default, the CSV download of the pages with format=csv (lang=es"
            + " for Spanish headers)";

    @Inject
    ImpactReport impact;

    @Inject
    CompletionReport completion;

    @Inject
    ReportTables tables;

    @Inject
    CountyOptions counties;

    @Inject
    Clock clock;

    @GET
    @Path("/impact")
    @Operation(summary = "Every impact figure for a range of fiscal years (from=2021-2022&to=2023-2024; by default"
            + " 2021-2022 through the current fiscal year);" + FORMATS + ", one column per fiscal year")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImpactFigures.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response impact(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format, @QueryParam("lang") String lang) {
        return answer(format, () -> FiscalYears.parseOrDefault(from, to, clock), impact::figures,
                years -> tables.impact(years, locale(lang)), "impact");
    }

    @GET
    @Path("/reach")
    @Operation(summary = "How many calls, Open-Door providers, Community of Support participants, providers in"
            + " providers' Communities of Practice, consultation assignments and webinar attendees each"
            + " of California's 58 counties had in a range of fiscal years (from, to as for impact);" + FORMATS)
    @APIResponse(responseCode = "200", description = "One row per county, by name", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CountyReachJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response reach(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("format") String format, @QueryParam("lang") String lang) {
        return answer(format, () -> FiscalYears.parseOrDefault(from, to, clock), this::reachOf,
                years -> tables.reach(years, locale(lang)), "reach");
    }

    @GET
    @Path("/demographics")
    @Operation(summary = "Race/ethnicity and language counts by demographic code, of one cohort (cohort=id) or of all;"
            + FORMATS + " and table=race or table=language (one table per file)")
    public Response demographics(@QueryParam("cohort") String cohort, @QueryParam("format") String format,
                                 @QueryParam("table") String table, @QueryParam("lang") String lang) {
        if (isCsv(format) && !"race".equals(table) && !"language".equals(table)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "table: choose race or language for a CSV");
        }
        return answer(format, () -> tables.cohort(cohort), tables::demographics,
                chosen -> demographicTable(chosen, table, locale(lang)), table);
    }

    @GET
    @Path("/completion")
    @Operation(summary = "Each cohort's enrolled, withdrawn and completed trainees, completion rate (percent, one"
            + " decimal) and the median trainee's supervision hours, practicum hours and CoP meetings;" + FORMATS)
    @APIResponse(responseCode = "200", description = "One row per cohort", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CohortCompletionJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response completion(@QueryParam("format") String format, @QueryParam("lang") String lang) {
        return answer(format, () -> null, none -> completion.cohorts().stream().map(CohortCompletionJson::of).toList(),
                none -> tables.completion(locale(lang)), "completion");
    }

    /** A report's parameters read once, answered as JSON or as its page's CSV; bad parameters are a 400 (404 for a cohort). */
    private <P> Response answer(String format, Supplier<P> parameters, Function<P, Object> json,
                                Function<P, ReportTable> table, String name) {
        if (format != null && !isCsv(format) && !"json".equals(format)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "format: json or csv");
        }
        try {
            P chosen = parameters.get();
            if (!isCsv(format)) {
                return Response.ok(json.apply(chosen)).build();
            }
            return Response.ok(ReportExport.write(table.apply(chosen), ExportFormat.CSV))
                    .type(ExportFormat.CSV.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        } catch (InputRejected rejected) {
            boolean unknown = "reports.cohort.unknown".equals(rejected.messageKey());
            return ApiError.response(unknown ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
                    rejected.field() + ": " + Messages.text(Locale.ENGLISH, rejected.messageKey()));
        }
    }

    private ReportTable demographicTable(Cohort cohort, String table, Locale locale) {
        String name = cohort == null ? Messages.text(locale, "reports.demographics.allCohorts") : cohort.getName();
        Demographics counts = tables.demographics(cohort);
        return "race".equals(table) ? tables.raceEthnicity(counts, name, locale) : tables.language(counts, name, locale);
    }

    /** Every county, so that the answer is the map in numbers, as the page's table is. */
    private List<CountyReachJson> reachOf(FiscalYears years) {
        Map<String, CountyReach> byFips = new HashMap<>();
        impact.reachByCounty(years).forEach(r -> byFips.put(r.fips(), r));
        return counties.getAll().stream().map(county -> CountyReachJson.of(county,
                byFips.getOrDefault(county.getFips(), CountyReach.none(county.getFips())))).toList();
    }

    private static boolean isCsv(String format) {
        return "csv".equals(format);
    }

    private static Locale locale(String lang) {
        return Language.fromCode(lang).locale();
    }

    /**
     * @param providerPracticeParticipants providers in Communities of Practice for providers, apart from support
     * @param webinarAttendees             attendees of webinars, by the county they registered from
     */
    public record CountyReachJson(String fips, String county, long helplineCalls, long openDoorProviders,
                                  long supportParticipants, long providerPracticeParticipants,
                                  long consultationAssignments, long webinarAttendees, long total) {
        static CountyReachJson of(County county, CountyReach r) {
            return new CountyReachJson(county.getFips(), county.getName(), r.helplineCalls(), r.openDoorProviders(),
                    r.supportParticipants(), r.providerPracticeParticipants(), r.consultationAssignments(),
                    r.webinarAttendees(), r.total());
        }
    }

    /** Medians are null for a cohort without trainees who stayed; the rate is null without enrollments. */
    public record CohortCompletionJson(long cohortId, String cohort, long enrolled, long withdrawn, long completed,
                                       Double completionRatePercent, Double medianSupervisionHours,
                                       Double medianPracticumHours, Double medianCopMeetings) {
        static CohortCompletionJson of(CohortCompletion c) {
            return new CohortCompletionJson(c.cohortId(), c.cohort(), c.enrolled(), c.withdrawn(), c.completed(),
                    c.getCompletionRate(), c.median(CreditKind.SUPERVISION_MINUTES),
                    c.median(CreditKind.PRACTICUM_MINUTES), c.median(CreditKind.COP_MEETINGS));
        }
    }
}
