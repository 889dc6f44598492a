package org.iecmhc.lms.helpline;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.CsvImportAnswer;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.QueryFilters;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.text.Utf8;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Helpline calls for helpline staff and administrators, as on the call pages: a filtered list, one call, a call
 * recorded from JSON or many imported from CSV (all or nothing), and a correction. Times are California wall clock.
 */
@Path("/helpline/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HELPLINE_STAFF, Roles.ADMINISTRATOR})
public class HelplineCallsResource {

    private static final int UNPROCESSABLE = 422;
    /** The service's (the form's) field names that the body spells otherwise. */
    private static final Map<String, String> BODY_FIELDS = Map.of("duration", "durationMinutes", "provider",
            "providerId", "topics", "topicIds", "referred", "referredIds");

    @Inject
    HelplineImport importer;

    @Inject
    HelplineCalls calls;

    @Inject
    Counties counties;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Calls, newest first, a page at a time, narrowed by from and to (California dates, both"
            + " included), county (name or FIPS), language (en, es, other), topic (id), callerRole and"
            + " consultationRecommended; X-Total-Count counts no further than 10,001 (more than 10,000)")
    @Parameters({
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "Keeps the calls received on this California date or later",
                    schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Keeps the calls received on this California date or earlier",
                    schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "county", in = ParameterIn.QUERY, description = "Keeps the calls from this California county, by name or FIPS code",
                    schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Keeps the calls held in this language",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage"))),
            @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Keeps the calls about this topic (its id)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
            @Parameter(name = "consultationRecommended", in = ParameterIn.QUERY, description = "Keeps the calls where a consultation was recommended (true) or not (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "callerRole", in = ParameterIn.QUERY, description = "Keeps the calls from callers in this role",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "helpline.CallerRole")))})
    public List<CallJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        CallFilter filter = filter(uri);
        return query.answer(calls.search(filter, query.offset(), query.size(), CallSort.RECEIVED, false),
                call -> CallJson.of(call, null), calls.count(filter));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One call with the directory's resources it was referred to, its version as ETag (send it"
            + " back in If-Match to correct the call); receivedAt is California wall clock")
    public CallJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        HelplineCall call = calls.find(id).orElseThrow(() -> ApiError.noSuch("call"));
        return RecordVersions.read(request, servlet, call, HelplineCallsResource::json);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Idempotent
    @Operation(summary = "Records one call from JSON {receivedAt (California wall clock), durationMinutes, callerRole,"
            + " callerKey, providerId, county (name or FIPS), language, topicIds, consultationRecommended, referrals,"
            + " followUpNeeded, referredIds} (201), or imports calls from CSV (received_at,duration_minutes,caller_role,"
            + "caller_key,county,language,topics,consultation_recommended), all lines or none (200, {\"imported\": n})")
    public Response create(@RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "CallBody")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] body,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String text;
        try {
            text = Utf8.decode(body == null ? new byte[0] : body);
        } catch (InputRejected notUtf8) {
            return ApiError.response(UNPROCESSABLE, Messages.text(Locale.ENGLISH, notUtf8.messageKey()));
        }
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return record(text);
        }
        return importCalls(text);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrects a call with the same fields as a new one, under the same rules; If-Match with the"
            + " ETag read refuses the correction when the call changed since (412)")
    public CallJson correct(@PathParam("id") long id, @RequestBody(ref = "CallBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        HelplineCall stored = calls.find(id).orElseThrow(() -> ApiError.noSuch("call"));
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        CallForm form = read(body);
        HelplineCall corrected = JsonFields.underRules(BODY_FIELDS, () -> calls.correct(id, version, form));
        return RecordVersions.changed(servlet, calls.find(corrected.getId()).orElseThrow(),
                HelplineCallsResource::json);
    }

    private Response record(String body) {
        CallForm form = read(body);
        HelplineCall call = JsonFields.underRules(BODY_FIELDS, () -> calls.record(form));
        return Created.at("helpline/calls/" + call.getId(), json(call));
    }

    private Response importCalls(String csv) {
        return CsvImportAnswer.answer(importer.importCsv(csv), false, "call");
    }

    /** The body's fields, every one missing or of the wrong type answered at once; the rules are the service's. */
    /** The rules take the county as its FIPS code, which the tallies keep; one that is none is refused by them. */
    private String fips(String county) {
        return county == null ? null : counties.find(county).map(County::getFips).orElse(county);
    }

    private CallForm read(String body) {
        return JsonFields.read(body, json -> new CallForm(json.dateTime("receivedAt", clock),
                json.wholeNumber("durationMinutes", CallRules.MIN_MINUTES, CallRules.MAX_MINUTES),
                json.choice("callerRole", CallerRole.class), json.optionalText("callerKey"), json.optionalId("providerId"),
                fips(json.text("county")), json.choice("language", ServiceLanguage.class), json.ids("topicIds"),
                json.flag("consultationRecommended"), json.optionalText("referrals"), json.flag("followUpNeeded"),
                json.ids("referredIds")));
    }

    private CallFilter filter(UriInfo uri) {
        QueryFilters query = QueryFilters.of(uri);
        String county = query.text("county");
        String fips = county == null ? null : counties.find(county).map(County::getFips)
                .orElseGet(() -> query.problem("county", "must be a California county's name or FIPS code"));
        CallFilter filter = new CallFilter(query.date("from"), query.date("to"), fips,
                query.choice("language", ServiceLanguage.class), query.id("topic"), query.flag("consultationRecommended"),
                query.choice("callerRole", CallerRole.class));
        query.requireValid();
        return filter;
    }

    private static CallJson json(HelplineCall call) {
        return CallJson.of(call, referredIds(call));
    }

    private static List<Long> referredIds(HelplineCall call) {
        return call.getReferred().stream().map(ReferralResource::getId).sorted().toList();
    }

    /**
     * @param receivedAt  California wall clock, ISO-8601
     * @param referredIds the directory's resources the caller was referred to; only in the answer for one call
     */
    public record CallJson(long id,
                           @Schema(example = "2025-10-02T14:25", description = "California (Pacific) wall-clock time")
                           String receivedAt, int durationMinutes,
                           @Schema(extensions = @Extension(name = LOWER_CASE, value = "helpline.CallerRole")) String callerRole,
                           String callerKey, Long providerId,
                           @Schema(example = "06001", description = "the county's FIPS code") String county,
                           @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                           List<TopicJson> topics, boolean consultationRecommended, String referrals,
                           boolean followUpNeeded, boolean outsideHours, List<Long> referredIds) {
        static CallJson of(HelplineCall call, List<Long> referredIds) {
            return new CallJson(call.getId(), call.getReceivedAtPacific().toString(), call.getDurationMinutes(),
                    call.getCallerRole().name().toLowerCase(Locale.ROOT), call.getCallerKey(),
                    call.getProvider() == null ? null : call.getProvider().getId(), call.getCounty().getFips(),
                    call.getLanguage().code(), call.getTopics().stream().sorted(Comparator.comparing(HelplineTopic::getId))
                            .map(t -> new TopicJson(t.getId(), t.getCode())).toList(),
                    call.isConsultationRecommended(), call.getReferrals(), call.isFollowUpNeeded(),
                    call.isOutsideHours(), referredIds);
        }
    }

    public record TopicJson(long id, @Schema(example = "CHALLENGING_BEHAVIOR") String code) {
    }

    /** A call as recorded or corrected, described for /openapi; the body is read field by field. */
    public record CallBody(@Schema(required = true, description = "California wall-clock time, ISO-8601 without offset",
                                   example = "2025-10-02T14:25") String receivedAt,
                           @Schema(required = true, minimum = "1", maximum = "240", example = "20") int durationMinutes,
                           @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "helpline.CallerRole")) String callerRole,
                           String callerKey, Long providerId,
                           @Schema(required = true, description = "the county's name or FIPS code") String county,
                           @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                           List<Long> topicIds, Boolean consultationRecommended, String referrals, Boolean followUpNeeded,
                           List<Long> referredIds) {
    }
}
