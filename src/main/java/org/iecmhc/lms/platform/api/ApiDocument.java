package org.iecmhc.lms.platform.api;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document that Payara builds from the resources' annotations, so that it is valid and says
 * what the API's conventions are without each resource repeating them: every operation's real success status
 * (never only {@code default}), its refusals as problem details, the paging parameters and headers of lists, the
 * Idempotency-Key of creates and imports, the answers of CSV imports, the scope a token needs, whole numbers typed as
 * integers (Payara types every Java {@code long} as a plain number: a decimal is marked with a format where it is
 * declared), the values of fixed-value fields ({@link ApiValues}) and an example for every property
 * ({@link SchemaExamples}).
 */
public class ApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());
    private static final String API_ROOT = "/api/v1";
    private static final String PROBLEM = "Problem";
    private static final String BEARER = "bearer";
    private static final String BASIC = "basic";
    private static final String CSV = "text/csv";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        dropPayaraEndpoints(document);
        Components components = document.getComponents() == null ? OASFactory.createComponents() : document.getComponents();
        document.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        SecurityScheme bearer = components.getSecuritySchemes() == null ? null : components.getSecuritySchemes().get(BEARER);
        if (bearer != null) {
            bearer.bearerFormat("opaque").description(bearer.getDescription() + ". Scopes: " + ApiScope.all().stream()
                    .map(ApiScope::code).collect(Collectors.joining(", ")) + " (write includes read); each operation"
                    + " names the one it needs in x-required-scope.");
        }
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocument::wholeNumbers);
            components.getSchemas().values().forEach(ApiValues::list);
            SchemaExamples.complete(components.getSchemas());
        }
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation)));
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setOperationId(operationId(path, method));
        if (operation.getRequestBody() != null) {
            describedByRecord(operation.getRequestBody());
            contentSchemas(operation.getRequestBody().getContent()).forEach(ApiDocument::bytesAsBinary);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ApiDocument::plain);
        }
        boolean paged = takeMark(operation, Paging.EXTENSION) || listsRows(method, operation);
        boolean idempotent = takeMark(operation, IdempotentRequests.EXTENSION) || createsOrImports(method, operation);
        Object imported = operation.getExtensions() == null ? null
                : operation.getExtensions().get(CsvImportAnswer.EXTENSION);
        takeMark(operation, CsvImportAnswer.EXTENSION);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (imported != null) {
            csvImport(responses, imported.toString());
        }
        successOf(method, responses);
        responses.getAPIResponses().values().forEach(response -> contentSchemas(response.getContent()).forEach(ApiDocument::wholeNumbers));
        if (paged) {
            paging(operation, responses);
        }
        if (idempotent) {
            operation.addParameter(OASFactory.createParameter().name(IdempotentRequests.HEADER).in(Parameter.In.HEADER)
                    .description("Any unique text (a UUID): the same request sent again with it within 24 hours gets"
                            + " the first answer again, marked Idempotent-Replayed, and is not done twice")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(IdempotencyKeys.MAX_KEY_LENGTH)));
            problem(responses, "409", "A request with this Idempotency-Key is still being answered");
        }
        Optional<ApiScope> scope = ApiAreas.scopeOf(path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path,
                method.name());
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters || paged) {
            problem(responses, "400", "Malformed input: a parameter or field that is missing or of the wrong type;"
                    + " errors names each field");
        }
        if (scope.isPresent()) {
            operation.addExtension("x-required-scope", scope.get().code());
            operation.setSecurity(List.of(requirement(BEARER), requirement(BASIC)));
            problem(responses, "401", "No, wrong, expired or revoked credentials");
            problem(responses, "403", "The account lacks the role, or the token the scope " + scope.get().code());
        } else {
            operation.setSecurity(List.of());
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record, or not one the caller may see");
        }
        if (hasBody) {
            problem(responses, "413", "The body is larger than 16 MB");
            problem(responses, "422", "A rule refused the input (errors names each field or line)"
                    + (idempotent ? ", or the Idempotency-Key was sent with another request" : ""));
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .description("The ETag read with the record; a change made since is refused with 412")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            problem(responses, "409", "The record was changed by someone else while this change was being saved");
            problem(responses, "412", "If-Match names an older version than the stored one");
        }
    }

    /**
     * A GET whose method returns a List: Payara's answer for it, its only one (no {@code @APIResponse}), is a JSON
     * array. Every list is paged ({@link Paging}); a page answered otherwise is marked with {@link Paging#EXTENSION}.
     */
    private static boolean listsRows(PathItem.HttpMethod method, Operation operation) {
        APIResponse answer = operation.getResponses() == null ? null : operation.getResponses().getDefaultValue();
        MediaType json = answer == null || answer.getContent() == null ? null
                : answer.getContent().getMediaType(APPLICATION_JSON);
        return method == PathItem.HttpMethod.GET && json != null && json.getSchema() != null
                && json.getSchema().getType() == Schema.SchemaType.ARRAY;
    }

    /**
     * A create (a POST answering 201) or an import (a POST taking a CSV file): the calls that honour Idempotency-Key
     * ({@link Idempotent}, which {@code ApiAreasTest} checks against this rule); another such call is marked with
     * {@link IdempotentRequests#EXTENSION}.
     */
    private static boolean createsOrImports(PathItem.HttpMethod method, Operation operation) {
        boolean creates = operation.getResponses() != null && operation.getResponses().hasAPIResponse("201");
        boolean takesCsv = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType(CSV);
        return method == PathItem.HttpMethod.POST && (creates || takesCsv);
    }

    /** Payara's lone {@code default} answer becomes the success status the call gives. */
    private static void successOf(PathItem.HttpMethod method, APIResponses responses) {
        boolean hasSuccess = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        APIResponse fallback = responses.getDefaultValue();
        if (fallback != null) {
            responses.setDefaultValue(null);
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        if (hasSuccess) {
            return;
        }
        if (method == PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no content"));
            return;
        }
        APIResponse success = fallback != null ? fallback : OASFactory.createAPIResponse();
        if (success.getDescription() == null || success.getDescription().startsWith("Default")) {
            success.setDescription("Done");
        }
        responses.addAPIResponse("200", success);
    }

    /** The answers of every CSV import ({@link CsvImportAnswer}); {@code counted} names what its count counts. */
    private static void csvImport(APIResponses responses, String counted) {
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("How many " + counted
                + " were imported, {\"imported\": 12}, or would be with dryRun, {\"wouldImport\": 12}"));
        responses.addAPIResponse("422", OASFactory.createAPIResponse()
                .description("Every problem by line (the first hundred) and their total"));
    }

    private static void paging(Operation operation, APIResponses responses) {
        operation.addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY)
                .description("The page, from 0")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                        .defaultValue(0)));
        operation.addParameter(OASFactory.createParameter().name("size").in(Parameter.In.QUERY)
                .description("Rows per page, from 1 to " + Paging.MAX_SIZE + " (" + Paging.DEFAULT_SIZE
                        + " by default; notifications: at most 100, 20 by default)")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(Paging.MAX_SIZE))));
        responses.getAPIResponses().entrySet().stream().filter(entry -> entry.getKey().startsWith("2"))
                .forEach(entry -> entry.getValue()
                        .addHeader(Paging.TOTAL_HEADER, header("How many rows there are in all", Schema.SchemaType.INTEGER))
                        .addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages",
                                Schema.SchemaType.STRING)));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().type(type));
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) != null) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ApiError.PROBLEM_JSON, problem)));
    }

    /** OpenAPI 3.0 lists scopes in a requirement only for OAuth2 schemes: the bearer's is in x-required-scope. */
    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema item = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The field or parameter refused (absent for a line of a CSV body)"))
                .addProperty("line", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The line of a CSV body refused"))
                .addProperty("message", text).required(List.of("message"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A problem detail (RFC 9457), answered as application/problem+json")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")
                        .example("urn:iecmhc:problem:invalid-input"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("The request has invalid fields"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").example(400))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("invalid fields"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item)
                        .example(List.of(Map.of("field", "startDate", "message", "must be a date (YYYY-MM-DD)"))))
                .addProperty("total", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("How many problems there are when errors lists only the first 100").example(1))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static List<Schema> contentSchemas(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null).forEach(schemas::add);
        }
        return schemas;
    }

    /**
     * Payara writes out every default of a {@code @Parameter}'s annotations, some invalid (multipleOf 0, minItems
     * above maxItems): a parameter keeps only what its declaration says.
     */
    private static void plain(Parameter parameter) {
        Schema declared = parameter.getSchema();
        if (declared != null && declared.getRef() == null) {
            ApiValues.declare(declared);
            Schema plain = OASFactory.createSchema().type(declared.getType()).format(declared.getFormat())
                    .defaultValue(declared.getDefaultValue()).minimum(declared.getMinimum())
                    .maximum(declared.getMaximum()).items(declared.getItems());
            if (declared.getEnumeration() != null && !declared.getEnumeration().isEmpty()) {
                plain.setEnumeration(new ArrayList<>(declared.getEnumeration()));
            }
            wholeNumbers(plain);
            parameter.setSchema(plain);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
    }

    /** A number without a format is a Java long (an id, a count): an integer. Decimals declare their format. */
    private static void wholeNumbers(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocument::wholeNumbers);
        }
        wholeNumbers(schema.getItems());
    }

    /** A mark left by a resource's {@code @Extension}, which Payara copies onto the responses as well. */
    private static boolean takeMark(Operation operation, String extension) {
        boolean marked = removed(operation, extension);
        if (operation.getResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                marked |= removed(response, extension);
            }
        }
        return marked;
    }

    private static boolean removed(Extensible<?> element, String extension) {
        Map<String, Object> extensions = element.getExtensions();
        if (extensions == null || !extensions.containsKey(extension)) {
            return false;
        }
        Map<String, Object> rest = new LinkedHashMap<>(extensions);
        rest.remove(extension);
        element.setExtensions(rest);
        return true;
    }

    /** Unique, from the method and address ({@code putCohortsById}): Payara takes the Java method's name. */
    static String operationId(String path, PathItem.HttpMethod method) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        String below = path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
        for (String segment : below.split("[/-]")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = parameter ? segment.substring(1, segment.length() - 1) : segment;
            id.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    /**
     * A JSON body read field by field is a bare string to Payara, so its call names the record of the resource that
     * describes its fields, {@code @RequestBody(ref = "CohortBody")}: the body is JSON of that record's schema.
     */
    private static void describedByRecord(RequestBody body) {
        if (body.getRef() == null) {
            return;
        }
        String record = body.getRef().substring(body.getRef().lastIndexOf('/') + 1);
        body.setRef(null);
        body.setContent(OASFactory.createContent().addMediaType(APPLICATION_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(record))));
        // As the document said of these bodies before: Payara marks a declared body optional (a missing one is a 400).
        body.setRequired(false);
    }

    /** A body read as bytes (a CSV file) is described as a file, not as an array of numbers. */
    private static void bytesAsBinary(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.type(Schema.SchemaType.STRING).format("binary");
        }
    }

    /**
     * Payara lists its deployment's addresses under a top-level {@code endpoints} key, which the OpenAPI schema does
     * not allow; the key is left out when empty. Payara's own class, so reached by reflection.
     */
    private static void dropPayaraEndpoints(OpenAPI document) {
        try {
            Object endpoints = document.getClass().getMethod("getEndpoints").invoke(document);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException absent) {
            LOG.log(Level.FINE, "this OpenAPI implementation adds no endpoints key");
        } catch (IllegalAccessException | InvocationTargetException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "could not leave Payara's endpoints key out of the OpenAPI document", e);
        }
    }
}
