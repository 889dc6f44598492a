package org.iecmhc.lms.reporting;

import java.time.Clock;
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
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.FiscalYears;

/** The impact figures and cohort demographics for administrators. Messages are in English. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class ReportsResource {

    @Inject
    ImpactReport impact;

    @Inject
    DemographicsReport demographics;

    @Inject
    ReportTables tables;

    @Inject
    Clock clock;

    @GET
    @Path("/impact")
    @Operation(summary = "Every impact figure for a range of fiscal years (from=2021-2022&to=2023-2024; by default"
            + " 2021-2022 through the current fiscal year)")
    public Response impact(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return Response.ok(impact.figures(FiscalYears.parseOrDefault(from, to, clock))).build();
        } catch (InputRejected rejected) {
            return refused(Response.Status.BAD_REQUEST, rejected);
        }
    }

    @GET
    @Path("/demographics")
    @Operation(summary = "Race/ethnicity and language counts by demographic code, of one cohort (cohort=id) or of all")
    public Response demographics(@QueryParam("cohort") String cohort) {
        try {
            Cohort chosen = tables.cohort(cohort);
            return Response.ok(chosen == null ? demographics.allCohorts() : demographics.cohort(chosen.getId())).build();
        } catch (ReportRejected rejected) {
            boolean unknown = "reports.cohort.unknown".equals(rejected.messageKey());
            return refused(unknown ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, rejected);
        }
    }

    private static Response refused(Response.Status status, InputRejected rejected) {
        return ApiError.response(status, rejected.field() + ": " + Messages.text(Locale.ENGLISH, rejected.messageKey()));
    }
}
