package org.iecmhc.lms.helpline;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.iecmhc.lms.helpline.ReferralCounts.ResourceReferrals;
import org.iecmhc.lms.helpline.ReferralCounts.TopicReferrals;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * The referral report page as a call: a fiscal year's referrals by resource and by call topic, as JSON or, with
 * {@code format=csv}, one of the page's two CSV downloads. Who reaches the page reaches this.
 */
@Path("/reports/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HELPLINE_STAFF, Roles.ADMINISTRATOR})
public class ReferralReportResource {

    @Inject
    ReferralCounts counts;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The helpline's referrals of a fiscal year (year=2025-2026, July 1 to June 30 in California;"
            + " by default the current one) by resource, most referred first, and by call topic. JSON by default; with"
            + " format=csv the page's CSV of table=resource or table=topic (one table per file, lang=es for Spanish)")
    @APIResponse(responseCode = "200", description = "Both tables", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralReportJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response referrals(@QueryParam("year") String year, @QueryParam("format") String format,
                              @QueryParam("table") String table, @QueryParam("lang") String lang) {
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"json".equals(format)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "format: json or csv");
        }
        if (csv && !"resource".equals(table) && !"topic".equals(table)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "table: choose resource or topic for a CSV");
        }
        FiscalYear current = FiscalYear.current(clock);
        FiscalYear chosen = year == null ? current : FiscalYear.parse(year).orElse(null);
        if (chosen == null) {
            return refused("reports.fiscalYear.unknown");
        }
        if (chosen.compareTo(FiscalYear.FIRST) < 0 || chosen.compareTo(current.next()) > 0) {
            return refused("reports.fiscalYear.outOfRange");
        }
        Locale locale = Language.fromCode(lang).locale();
        if (csv) {
            String text = "resource".equals(table) ? ReferralCsv.byResource(counts.byResource(chosen), locale)
                    : ReferralCsv.byTopic(counts.byTopic(chosen), locale);
            return Response.ok(ReferralCsv.download(text)).type("text/csv; charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"referrals-by-" + table + "-" + chosen.name() + ".csv\"").build();
        }
        List<ResourceReferrals> byResource = counts.byResource(chosen);
        return Response.ok(new ReferralReportJson(chosen.name(),
                byResource.stream().mapToLong(ResourceReferrals::referrals).sum(),
                byResource.stream().map(ResourceReferralsJson::of).toList(),
                counts.byTopic(chosen).stream().map(t -> TopicReferralsJson.of(t, locale)).toList())).build();
    }

    private static Response refused(String messageKey) {
        return ApiError.response(Response.Status.BAD_REQUEST, "year: " + Messages.text(Locale.ENGLISH, messageKey));
    }

    public record ReferralReportJson(String year, long referrals, List<ResourceReferralsJson> byResource,
                                     List<TopicReferralsJson> byTopic) {
    }

    /** The kind in lower case, as enumerations are written elsewhere in the API. */
    public record ResourceReferralsJson(String resource,
                                        @Schema(extensions = @Extension(name = LOWER_CASE, value = "helpline.ResourceKind")) String kind,
                                        long referrals) {
        static ResourceReferralsJson of(ResourceReferrals row) {
            return new ResourceReferralsJson(row.name(), row.kind().name().toLowerCase(Locale.ROOT), row.referrals());
        }
    }

    public record TopicReferralsJson(String topic, long referrals) {
        static TopicReferralsJson of(TopicReferrals row, Locale locale) {
            return new TopicReferralsJson(row.name(locale), row.referrals());
        }
    }
}
