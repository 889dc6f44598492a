package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.FixedValueFields;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API with HTTP Basic, its problem details, its OpenAPI description and the health endpoint, on MariaDB. */
@ExtendWith(RunningApplication.class)
class ApiIT {

    @Test
    void meDescribesTheCaller() {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/me", DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode());
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("mentor@demo.iecmhc.org", me.getString("email"));
        assertEquals("David Chen", me.getString("name"));
        assertEquals("en", me.getString("language"));
        assertEquals(Json.createArrayBuilder().add("CONSULTANT").add("FACULTY").build(), me.getJsonArray("roles"));
    }

    @Test
    void wrongOrMissingCredentialsAreChallengedAndNoSessionIsCreated() {
        HttpResponse<String> anonymous = WebSession.api("GET", "/api/v1/me", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = WebSession.api("GET", "/api/v1/me", DemoPerson.HELPLINE.email(), "wrong password");
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> right = WebSession.api("GET", "/api/v1/me", DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        assertTrue(right.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "the API is stateless");
    }

    @Test
    void everyRefusalIsAProblemDetailWithTheSecurityHeaders() {
        String admin = DemoPerson.ADMIN.email();
        assertRefusal(401, WebSession.api("GET", "/api/v1/me", null, null), "no credentials");
        assertRefusal(401, WebSession.api("GET", "/api/v1/me", admin, "wrong password"), "wrong password");
        assertRefusal(401, WebSession.api("GET", "/api/v1/no-such-thing", null, null), "no credentials, unknown address");
        assertRefusal(403, WebSession.api("GET", "/api/v1/cohorts", DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD),
                "a trainee lists cohorts");
        assertRefusal(404, WebSession.api("GET", "/api/v1/no-such-thing", admin, DemoData.PASSWORD), "unknown address");
        assertRefusal(404, WebSession.api("GET", "/api/no-such-version", admin, DemoData.PASSWORD), "outside the version");
        assertRefusal(404, WebSession.api("GET", "/api/v1/cohorts/999999", admin, DemoData.PASSWORD), "unknown id");
        assertRefusal(405, WebSession.api("DELETE", "/api/v1/me", admin, DemoData.PASSWORD), "wrong method");
        for (String malformed : List.of("/api/v1/cohorts/abc", "/api/v1/cohorts/99999999999999999999")) {
            assertRefusal(400, WebSession.api("GET", malformed, admin, DemoData.PASSWORD), malformed);
        }
        HttpResponse<String> badFilter = WebSession.api("GET", "/api/v1/supervision/sessions?cohort=abc", admin,
                DemoData.PASSWORD);
        assertEquals(400, badFilter.statusCode(), badFilter.body());
        assertEquals("cohort", Json.createReader(new StringReader(badFilter.body())).readObject().getJsonArray("errors")
                .getJsonObject(0).getString("field"), "a bad filter is named");
    }

    @Test
    void theApiIsDescribedByAValidOpenApiDocument() throws IOException {
        HttpResponse<String> openapi = WebSession.anonymous().get("/openapi");
        assertEquals(200, openapi.statusCode());
        Path copy = Path.of("target", "openapi.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, openapi.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(openapi.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "the document is valid OpenAPI (copy in " + copy + ")");
        assertFalse(openapi.body().lines().anyMatch(line -> line.startsWith("endpoints:")), "no key OpenAPI does not know");

        OpenAPI document = parsed.getOpenAPI();
        assertEquals("basic", document.getComponents().getSecuritySchemes().get("basic").getScheme());
        assertEquals("bearer", document.getComponents().getSecuritySchemes().get("bearer").getScheme());
        Operation change = document.getPaths().get("/api/v1/cohorts/{id}").getPut();
        assertTrue(change.getResponses().keySet().containsAll(List.of("200", "400", "401", "403", "404", "409", "412",
                "422")), change.getResponses().keySet().toString());
        assertEquals("#/components/schemas/Problem", change.getResponses().get("412").getContent()
                .get("application/problem+json").getSchema().get$ref());
        assertEquals("program:write", change.getExtensions().get("x-required-scope"));
        Operation list = document.getPaths().get("/api/v1/cohorts").getGet();
        assertTrue(list.getParameters().stream().map(Parameter::getName).toList().containsAll(List.of("page", "size")));
        assertTrue(list.getResponses().get("200").getHeaders().keySet().containsAll(List.of("Link", "X-Total-Count")));
        Operation create = document.getPaths().get("/api/v1/cohorts").getPost();
        assertTrue(create.getParameters().stream().anyMatch(p -> p.getName().equals("Idempotency-Key")));
        assertTrue(create.getResponses().containsKey("201"), create.getResponses().keySet().toString());
        assertTrue(document.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .noneMatch(operation -> operation.getResponses().containsKey("default")), "real statuses only");

        Schema<?> cohort = document.getComponents().getSchemas().get("CohortJson");
        assertEquals("integer", cohort.getProperties().get("id").getType());
        assertEquals("int64", cohort.getProperties().get("id").getFormat());
        assertEquals("date", cohort.getProperties().get("startDate").getFormat());
    }

    @Test
    void everyListNamesTheFiltersItReads() {
        OpenAPI document = new OpenAPIV3Parser().readContents(WebSession.anonymous().get("/openapi").body(), null,
                new ParseOptions()).getOpenAPI();
        assertEquals(Map.of("placement", "integer/int64", "status", "string[submitted, returned, approved]",
                "trainee", "integer/int64", "from", "string/date", "to", "string/date"),
                filters(document, "/api/v1/practicum/entries"));
        assertEquals(Map.of("from", "string/date", "to", "string/date", "county", "string",
                "language", "string[en, es, other]", "topic", "integer/int64", "consultationRecommended", "boolean",
                "callerRole", "string[center_staff, fcc_provider, ffn_caregiver, other]"),
                filters(document, "/api/v1/helpline/calls"));
        assertEquals(Map.of("role", "string[trainee, faculty, administrator, helpline_staff, consultant]",
                "active", "boolean", "q", "string"), filters(document, "/api/v1/accounts"));

        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<String> named = operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                    .map(parameter -> parameter.getIn() + " " + parameter.getName()).toList();
            assertEquals(new HashSet<>(named).size(), named.size(), method + " " + path + " names a parameter twice: "
                    + named);
        }));
    }

    /**
     * What an integrator reads instead of calling: every property shows an example (or its schema a whole one), every
     * field whose values come from a fixed set lists them, and every call says what it does, how it succeeds and how it
     * is refused. A field is taken as fixed-value by its name, the API naming such fields alike everywhere.
     */
    @Test
    void theDocumentShowsExamplesValuesAndAnswersForEverything() {
        OpenAPI document = new OpenAPIV3Parser().readContents(WebSession.anonymous().get("/openapi").body(), null,
                new ParseOptions()).getOpenAPI();
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        List<String> withoutExample = new ArrayList<>();
        List<String> withoutValues = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            Map<String, Schema<?>> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            properties.forEach((property, declared) -> {
                if (declared.get$ref() == null && declared.getExample() == null && schema.getExample() == null) {
                    withoutExample.add(name + "." + property);
                }
                if (FixedValueFields.NAMES.contains(property) && "string".equals(valueSchema(schemas, declared).getType())
                        && values(schemas, declared) == null) {
                    withoutValues.add(name + "." + property);
                }
            });
        });
        assertEquals(List.of(), withoutExample, "properties without an example");
        assertEquals(List.of(), withoutValues, "fixed-value fields without their values");
        Map<String, Schema<?>> cohort = schemas.get("CohortJson").getProperties();
        assertEquals(List.of("planned", "active", "closed"), values(schemas, cohort.get("status")),
                "the values as the API writes them");

        List<String> incomplete = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean succeeds = operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
            boolean refuses = operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4"));
            if (operation.getSummary() == null || operation.getSummary().isBlank() || !succeeds || !refuses) {
                incomplete.add(method + " " + path);
            }
        }));
        assertEquals(List.of(), incomplete, "operations without a summary, a success or a refusal");

        List<String> undescribedBodies = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            MediaType json = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                    : operation.getRequestBody().getContent().get("application/json");
            if (json == null) {
                return;
            }
            String ref = json.getSchema() == null ? null : json.getSchema().get$ref();
            Schema<?> body = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (body == null || body.getProperties() == null || body.getProperties().isEmpty()) {
                undescribedBodies.add(method + " " + path);
            }
        }));
        assertEquals(List.of(), undescribedBodies, "JSON bodies without a schema of their fields (whose examples are"
                + " checked above)");
    }

    /** The values a property (or each item of a list, or each value of a map) may take; null when open. */
    private static List<?> values(Map<String, Schema> schemas, Schema<?> property) {
        Schema<?> single = valueSchema(schemas, property);
        return single.getEnum() == null || single.getEnum().isEmpty() ? null : single.getEnum();
    }

    /** The schema of a property's value, of each item of a list or each value of a map, references followed. */
    private static Schema<?> valueSchema(Map<String, Schema> schemas, Schema<?> property) {
        Schema<?> single = property.getItems() != null ? property.getItems()
                : property.getAdditionalProperties() instanceof Schema<?> value ? value : property;
        return single.get$ref() == null ? single : schemas.get(single.get$ref().substring(single.get$ref().lastIndexOf('/') + 1));
    }

    /** The list's query parameters but page and size, which are checked to be there, each with its type. */
    private static Map<String, String> filters(OpenAPI document, String path) {
        Map<String, String> types = new HashMap<>();
        document.getPaths().get(path).getGet().getParameters().stream()
                .filter(parameter -> parameter.getIn().equals("query"))
                .forEach(parameter -> types.put(parameter.getName(), type(parameter.getSchema())));
        assertEquals("integer/int32", types.remove("page"), path);
        assertEquals("integer/int32", types.remove("size"), path);
        return types;
    }

    private static String type(Schema<?> schema) {
        return schema.getType() + (schema.getFormat() == null ? "" : "/" + schema.getFormat())
                + (schema.getEnum() == null ? "" : schema.getEnum().toString());
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> health = WebSession.anonymous().get("/health");
        assertEquals(200, health.statusCode());
        JsonObject body = Json.createReader(new StringReader(health.body())).readObject();
        assertEquals("UP", body.getString("status"));
        JsonObject database = body.getJsonArray("checks").getJsonObject(0);
        assertEquals("database", database.getString("name"));
        assertEquals("MySQL", database.getJsonObject("data").getString("product"));
    }

    private static void assertRefusal(int status, HttpResponse<String> answer, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], what);
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        assertFalse(body.getString("detail").isBlank(), what);
        assertEquals(status, body.getInt("status"), what);
        assertFalse(body.getString("title").isBlank(), what);
        assertEquals("about:blank", body.getString("type"), what);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
        assertEquals("strict-origin-when-cross-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                answer.headers().allValues("Content-Security-Policy"), what);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
    }
}
