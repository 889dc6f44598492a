package org.iecmhc.lms.provider;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Roles;

/**
 * The provider registry, as its pages allow: administrators, consultants and faculty read it; administrators and
 * consultants add and change providers.
 */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CONSULTANT})
public class ProviderResource {

    @Inject
    ProviderRegistry registry;

    @Inject
    Counties counties;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CONSULTANT, Roles.FACULTY})
    @Operation(summary = "Providers by name, a page at a time, narrowed by q (text within the name, city, contact"
            + " or license number), kind (center_based, family_child_care_home, ffn_caregiver), county (name or"
            + " FIPS), language (en, es, other) and unconfirmed (true: only the programs registrants added that await"
            + " staff)")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Keeps the providers whose name, city, contact or license number contains this text",
                    schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Keeps the providers of this kind",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ProviderKind"))),
            @Parameter(name = "county", in = ParameterIn.QUERY, description = "Keeps the providers in this California county, by name or FIPS code",
                    schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Keeps the providers serving in this language",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage"))),
            @Parameter(name = "unconfirmed", in = ParameterIn.QUERY, description = "true keeps only the programs registrants"
                    + " added that staff have not yet confirmed or merged", schema = @Schema(type = SchemaType.BOOLEAN))})
    public List<ProviderJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        String county = query.text("county");
        String fips = county == null ? null : counties.find(county).map(County::getFips)
                .orElseGet(() -> query.problem("county", "must be a California county's name or FIPS code"));
        ProviderSearch search = new ProviderSearch(query.text("q"), query.choice("kind", ProviderKind.class), fips,
                query.choice("language", ServiceLanguage.class), Boolean.TRUE.equals(query.flag("unconfirmed")));
        query.requireValid();
        return query.answer(registry.search(search, query.offset(), query.size(), ProviderSort.NAME, true),
                ProviderJson::of, registry.count(search));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CONSULTANT, Roles.FACULTY})
    @Operation(summary = "One provider, with its version as ETag (send it back in If-Match to change the provider)")
    public ProviderJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        Provider provider = registry.find(id).orElseThrow(() -> ApiError.noSuch("provider"));
        return RecordVersions.read(request, servlet, provider, ProviderJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Adds a provider {name, kind, county (name or FIPS), city, licenseNumber, contactName,"
            + " contactPhone, contactEmail, languages (a list of en, es, other)}; only name, kind and county are required")
    @APIResponse(responseCode = "201", description = "The new provider; Location is its address",
            content = @Content(schema = @Schema(implementation = ProviderJson.class)))
    public Response add(@RequestBody(ref = "ProviderBody") String body) {
        ProviderDetails details = read(body);
        Provider provider = JsonFields.underRules(() -> registry.add(details));
        return Created.at("providers/" + provider.getId(), ProviderJson.of(provider));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a provider with the same fields as a new one; If-Match with the ETag read refuses the"
            + " change when the provider changed since (412)")
    public ProviderJson change(@PathParam("id") long id, @RequestBody(ref = "ProviderBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        Provider stored = registry.find(id).orElseThrow(() -> ApiError.noSuch("provider"));
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        ProviderDetails details = read(body);
        JsonFields.underRules(() -> registry.change(id, version, details));
        return RecordVersions.changed(servlet, registry.find(id).orElseThrow(), ProviderJson::of);
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "Confirms a program a registrant added as a registry entry of its own; doing it twice is the"
            + " same as once")
    public ProviderJson confirm(@PathParam("id") long id, @Context HttpServletRequest servlet) {
        registry.find(id).orElseThrow(() -> ApiError.noSuch("provider"));
        return RecordVersions.changed(servlet, registry.confirm(id), ProviderJson::of);
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merges a program a registrant added (unconfirmed) into the confirmed entry it really is,"
            + " {into: that entry's id}: its registrations, attendance, enrollments, calls, assignments and placements"
            + " move there and the unconfirmed entry is deleted. Answers the kept entry; 422 when the entry is confirmed,"
            + " the other is not, or both took part in the same session or series")
    public ProviderJson merge(@PathParam("id") long id, @RequestBody(ref = "ProviderMergeBody") String body) {
        registry.find(id).orElseThrow(() -> ApiError.noSuch("provider"));
        Long into = JsonFields.read(body, json -> json.id("into"));
        registry.find(into).orElseThrow(() -> ApiError.noSuch("provider"));
        try {
            return ProviderJson.of(registry.merge(id, into));
        } catch (InputRejected rejected) {
            throw JsonFields.refused(rejected, Map.of("provider", "into"));
        }
    }

    /** The body's fields, every one missing or of the wrong type answered at once; the rules are the registry's. */
    private static ProviderDetails read(String body) {
        return JsonFields.read(body, json -> new ProviderDetails(json.text("name"),
                json.choice("kind", ProviderKind.class), json.text("county"), json.optionalText("city"),
                json.optionalText("licenseNumber"), json.optionalText("contactName"), json.optionalText("contactPhone"),
                json.optionalText("contactEmail"), languages(json.choices("languages", ServiceLanguage.class))));
    }

    private static Set<ServiceLanguage> languages(List<ServiceLanguage> chosen) {
        return chosen.isEmpty() ? EnumSet.noneOf(ServiceLanguage.class) : EnumSet.copyOf(chosen);
    }

    /** @param county FIPS code */
    public record ProviderJson(long id, String name,
                               @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ProviderKind")) String kind,
                               String county, String city, String licenseNumber,
                               String contactName, String contactPhone, String contactEmail,
                               @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) List<String> languages,
                               boolean active, boolean confirmed) {
        static ProviderJson of(Provider p) {
            return new ProviderJson(p.getId(), p.getName(), p.getKind().name().toLowerCase(Locale.ROOT),
                    p.getCounty().getFips(), p.getCity(), p.getLicenseNumber(), p.getContactName(), p.getContactPhone(),
                    p.getContactEmail(), p.getLanguages().stream().sorted().map(ServiceLanguage::code).toList(),
                    p.isActive(), p.isConfirmed());
        }
    }

    /** A merge of a registrant's program, described for /openapi; the body is read field by field. */
    public record ProviderMergeBody(@Schema(required = true, description = "the id of the confirmed entry the program"
            + " really is") long into) {
    }

    /** A provider as added or changed, described for /openapi; the body is read field by field. */
    public record ProviderBody(@Schema(required = true, example = "Sunshine Child Care Center") String name,
                               @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "provider.ProviderKind")) String kind,
                               @Schema(required = true, description = "the county's name or FIPS code") String county,
                               String city, String licenseNumber, String contactName, String contactPhone,
                               @Schema(format = "email") String contactEmail,
                               @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) List<String> languages) {
    }
}
