package org.iecmhc.lms.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiScope.Access;
import org.iecmhc.lms.platform.api.ApiScope.Area;
import org.iecmhc.lms.testsupport.FixedValueFields;
import org.junit.jupiter.api.Test;

/** Every call of the API belongs to an area, so that a token's scopes decide it; and write includes read. */
class ApiAreasTest {

    @Test
    void everyResourceMethodThatNeedsASignInHasAScope() throws IOException, URISyntaxException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean call = Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(method::isAnnotationPresent);
                if (!call || method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class)) {
                    continue;
                }
                checked++;
                if (ApiAreas.scopeOf(resource, method).isEmpty()) {
                    missing.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(checked > 10, "the resources were found");
        assertEquals(List.of(), missing, "add them to ApiAreas");
    }

    /**
     * The OpenAPI document names each body's schema by the record's simple name, so two resources' {@code SessionJson}
     * would be one schema there, described by whichever was read last.
     */
    @Test
    void everyRecordTheResourcesDeclareHasANameOfItsOwn() throws IOException, URISyntaxException {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Class<?> resource : resources()) {
            for (Class<?> declared : resource.getDeclaredClasses()) {
                if (declared.isRecord()) {
                    byName.computeIfAbsent(declared.getSimpleName(), n -> new ArrayList<>()).add(resource.getSimpleName());
                }
            }
        }
        assertTrue(byName.size() > 20, "the resources' records were found: " + byName.keySet());
        byName.values().removeIf(declaredBy -> declaredBy.size() == 1);
        assertEquals(Map.of(), byName, "rename one of them, such as OpenDoorSessionJson");
    }

    /**
     * A JSON body read field by field is a bare string to the OpenAPI document, so each such call names the record that
     * describes its fields, declared beside it and named by {@code ref} ({@code ApiDocument} makes it the body's
     * schema): Payara leaves a String parameter's body a bare string whatever {@code implementation} says (ApiIT checks
     * the document shows the fields, with examples).
     */
    @Test
    void everyCallTakingJsonDescribesItsBody() throws IOException, URISyntaxException {
        List<String> undescribed = new ArrayList<>();
        int checked = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean change = Stream.of(POST.class, PUT.class, PATCH.class).anyMatch(method::isAnnotationPresent);
                if (!change || consumes == null || !List.of(consumes.value()).contains(MediaType.APPLICATION_JSON)) {
                    continue;
                }
                checked++;
                List<String> bodies = Stream.of(resource.getDeclaredClasses()).filter(Class::isRecord)
                        .map(Class::getSimpleName).toList();
                if (Stream.of(method.getParameters()).map(p -> p.getAnnotation(RequestBody.class))
                        .noneMatch(body -> body != null && (bodies.contains(body.ref()) || Stream.of(body.content())
                                .anyMatch(content -> bodies.contains(content.schema().ref()))))) {
                    undescribed.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(checked > 20, "the calls taking JSON were found");
        assertEquals(List.of(), undescribed, "give the body parameter @RequestBody(ref = \"...Body\") naming a record"
                + " of the resource");
    }

    /**
     * The OpenAPI document says which calls take an Idempotency-Key by a rule ({@code ApiDocument}: a POST answering
     * 201 or taking a CSV file) or by the call's own mark; the calls that honour one are those marked
     * {@link Idempotent}, and the two must be the same calls.
     */
    @Test
    void theDocumentNamesTheCallsThatHonourIdempotencyKeys() throws IOException, URISyntaxException {
        List<Method> methods = resources().stream().flatMap(resource -> Stream.of(resource.getDeclaredMethods())).toList();
        assertTrue(methods.stream().filter(method -> method.isAnnotationPresent(Idempotent.class)).count() > 20,
                "the idempotent calls were found");
        assertEquals(List.of(), methods.stream()
                .filter(method -> describedAsIdempotent(method) != method.isAnnotationPresent(Idempotent.class))
                .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName()).toList(),
                "mark the call @Idempotent, or its operation with IdempotentRequests.EXTENSION");
    }

    /** What the document says of the call: a create, an import or a call marked as taking an Idempotency-Key. */
    private static boolean describedAsIdempotent(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        boolean creates = Stream.of(method.getAnnotationsByType(APIResponse.class))
                .anyMatch(response -> response.responseCode().equals("201"));
        boolean takesCsv = consumes != null && List.of(consumes.value()).contains("text/csv");
        boolean marked = Stream.of(method.getAnnotationsByType(Extension.class))
                .anyMatch(extension -> extension.name().equals(IdempotentRequests.EXTENSION));
        return method.isAnnotationPresent(POST.class) && (creates || takesCsv) || marked;
    }

    @Test
    void aReadNeedsReadAndAnyOtherMethodWrite() throws NoSuchMethodException {
        class Sample {
            @GET
            public void read() {
            }

            @DELETE
            public void remove() {
            }
        }
        @jakarta.ws.rs.Path("/cohorts/")
        class Cohorts extends Sample {
        }
        assertEquals(Optional.of(new ApiScope(Area.PROGRAM, Access.READ)),
                ApiAreas.scopeOf(Cohorts.class, Sample.class.getMethod("read")));
        assertEquals(Optional.of(new ApiScope(Area.PROGRAM, Access.WRITE)),
                ApiAreas.scopeOf(Cohorts.class, Sample.class.getMethod("remove")));
        assertEquals(Optional.empty(), ApiAreas.scopeOf(Sample.class, Sample.class.getMethod("read")));
    }

    @Test
    void writeIncludesReadAndCodesAreReadStrictly() {
        ApiScope read = new ApiScope(Area.HOURS, Access.READ);
        ApiScope write = new ApiScope(Area.HOURS, Access.WRITE);
        assertTrue(read.isGrantedBy(List.of(write)));
        assertFalse(write.isGrantedBy(List.of(read)));
        assertFalse(read.isGrantedBy(List.of(new ApiScope(Area.PROGRAM, Access.WRITE))));
        assertEquals(Optional.of(write), ApiScope.fromCode(" Hours:WRITE "));
        assertEquals(Optional.empty(), ApiScope.fromCode("hours:admin"));
        assertEquals("program:read hours:write", ApiScope.format(List.of(write, new ApiScope(Area.PROGRAM, Access.READ))));
        assertEquals(List.of(new ApiScope(Area.PROGRAM, Access.READ), write), List.copyOf(ApiScope.parse("program:read hours:write")));
        assertEquals(10, ApiScope.all().size());
    }

    /**
     * A field named as fixed-value declares the enum its values come from, and every such declaration names one, so
     * that the OpenAPI document lists values that exist (ApiIT checks the document itself).
     */
    @Test
    void everyFixedValueFieldDeclaresTheEnumOfItsValues() throws IOException, URISyntaxException {
        List<String> undeclared = new ArrayList<>();
        int declared = 0;
        for (Class<?> resource : resources()) {
            for (Class<?> record : resource.getDeclaredClasses()) {
                if (!record.isRecord()) {
                    continue;
                }
                for (RecordComponent component : record.getRecordComponents()) {
                    Map<String, String> values = valueDeclarations(record, component.getName());
                    values.forEach((extension, value) -> assertFalse(ApiValues.of(extension, value).isEmpty(), value));
                    declared += values.size();
                    if (values.isEmpty() && FixedValueFields.NAMES.contains(component.getName())
                            && FixedValueFields.TEXT_TYPES.contains(component.getGenericType().getTypeName())) {
                        undeclared.add(record.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertTrue(declared > 30, "the declarations were found");
        assertEquals(List.of(), undeclared, "declare their enum with an ApiValues extension");
        assertEquals(List.of("planned", "active", "closed"), ApiValues.of(ApiValues.LOWER_CASE, "cohort.CohortStatus"));
        assertEquals(List.of("DRAFT", "SUBMITTED", "NONE"), ApiValues.of(ApiValues.NAMES, "evaluation.EvaluationStatus NONE"));
        assertThrows(IllegalArgumentException.class, () -> ApiValues.of(ApiValues.NAMES, "cohort.CohortResource"));
    }

    private static Map<String, String> valueDeclarations(Class<?> record, String component) {
        Map<String, String> found = new TreeMap<>();
        try {
            Schema schema = record.getDeclaredField(component).getAnnotation(Schema.class);
            if (schema != null) {
                for (Extension extension : schema.extensions()) {
                    if (List.of(ApiValues.LOWER_CASE, ApiValues.NAMES, ApiValues.SCOPES).contains(extension.name())) {
                        found.put(extension.name(), extension.value());
                    }
                }
            }
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        Path classes = Path.of(ApiAreas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("org.iecmhc.lms."))
                    .map(ApiAreasTest::load)
                    .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiAreasTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
