package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * The helpline statistics page as a call: the calls of a period counted by topic, caller role, county, language and
 * hour, as JSON or, with {@code format=csv}, the very CSV the page downloads. Who reaches the page reaches this.
 */
@Path("/reports/helpline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HELPLINE_STAFF, Roles.ADMINISTRATOR})
public class HelplineStatisticsResource {

    @Inject
    CallStatistics statistics;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Helpline calls of a period of California days (from=2025-07-01&to=2026-06-30, both included,"
            + " at most ten years; by default the current fiscal year) counted by topic, caller role, county, language"
            + " and hour of the California wall clock; table=topic, role, county, language or hour for one table (all"
            + " by default). JSON by default, the page's CSV download with format=csv (lang=es for Spanish labels)")
    @APIResponse(responseCode = "200", description = "The tables", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HelplineStatisticsJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response statistics(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("table") String table, @QueryParam("format") String format,
                               @QueryParam("lang") String lang) {
        if (format != null && !"csv".equals(format) && !"json".equals(format)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "format: json or csv");
        }
        Locale locale = Language.fromCode(lang).locale();
        Period period;
        List<StatisticsTable> all;
        try {
            period = period(from, to);
            all = StatisticsTable.all(statistics.of(period.first(), period.last()), locale);
        } catch (InputRejected rejected) {
            return ApiError.response(Response.Status.BAD_REQUEST,
                    rejected.field() + ": " + Messages.text(Locale.ENGLISH, rejected.messageKey()));
        }
        String chosenId = table == null ? "all" : table;
        Optional<List<StatisticsTable>> chosen = StatisticsTable.chosen(all, chosenId);
        if (chosen.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST,
                    "table: " + Messages.text(Locale.ENGLISH, "hlstats.export.table.unknown"));
        }
        if ("csv".equals(format)) {
            return Response.ok(StatisticsExport.csv(chosen.get(), locale)).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"helpline-statistics-" + chosenId + ".csv\"")
                    .build();
        }
        return Response.ok(new HelplineStatisticsJson(period.first(), period.last(), StatisticsTable.calls(all),
                chosen.get().stream().map(StatisticsTableJson::of).toList())).build();
    }

    /** The days asked for; a missing one is the current fiscal year's first or last, as for the page's download. */
    private Period period(String from, String to) {
        FiscalYear year = FiscalYear.current(clock);
        UnaryOperator<String> parameters = name -> "from".equals(name) ? from : to;
        LocalDate first = CallFilter.day(parameters, "from");
        LocalDate last = CallFilter.day(parameters, "to");
        return new Period(first == null ? year.firstDay() : first, last == null ? year.dayAfter().minusDays(1) : last);
    }

    private record Period(LocalDate first, LocalDate last) {
    }

    /** {@code calls} counts the whole period whichever tables are asked for. */
    public record HelplineStatisticsJson(LocalDate from, LocalDate to, long calls, List<StatisticsTableJson> tables) {
    }

    /** A table as the page shows it: its id (topic, role, county, language, hour), title, and labelled rows. */
    public record StatisticsTableJson(String table, String title, List<StatisticsRowJson> rows) {
        static StatisticsTableJson of(StatisticsTable table) {
            return new StatisticsTableJson(table.id(), table.title(),
                    table.rows().stream().map(row -> new StatisticsRowJson(row.label(), row.calls())).toList());
        }
    }

    public record StatisticsRowJson(String label, long calls) {
    }
}
