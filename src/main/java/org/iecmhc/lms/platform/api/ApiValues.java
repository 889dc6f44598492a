package org.iecmhc.lms.platform.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The fixed set of values a field of the API takes, declared once where the record is and listed in the OpenAPI
 * document from the Java enum itself, so the document cannot drift from the code. A record component says which
 * enum with an extension of its {@code @Schema}: {@code @Extension(name = ApiValues.LOWER_CASE, value =
 * "cohort.CohortStatus")} (the class's name below {@code org.iecmhc.lms}), and after it any further value the field
 * also takes ({@code "evaluation.EvaluationStatus NONE"}). Payara drops an enum given as {@code implementation} of a text field, and an
 * annotation can name no enum's constants, hence a class name, which {@code ApiAreasTest} checks.
 */
public final class ApiValues {

    /** The field holds the enum constant's name in lower case ({@code on_site}), as the API reads it back. */
    public static final String LOWER_CASE = "x-values-lower-case";
    /** The field holds the enum constant's name as it is ({@code ENROLLED}). */
    public static final String NAMES = "x-values-named";
    /** The field holds the codes of a token's scopes ({@code program:read}); the value is not read. */
    public static final String SCOPES = "x-values-scopes";

    private static final String BASE_PACKAGE = "org.iecmhc.lms.";

    private ApiValues() {
    }

    /** The enum's constants as the API names them in lower case: what JsonFields and QueryFilters accept and list. */
    public static List<String> lowerCase(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The values a declaration stands for.
     *
     * @throws IllegalArgumentException when it names no enum
     */
    public static List<String> of(String extension, String declaration) {
        if (SCOPES.equals(extension)) {
            return ApiScope.all().stream().map(ApiScope::code).toList();
        }
        String[] words = declaration.trim().split("\\s+");
        Class<?> type;
        try {
            type = Class.forName(BASE_PACKAGE + words[0], false, ApiValues.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no such enum: " + words[0], e);
        }
        if (!type.isEnum()) {
            throw new IllegalArgumentException("not an enum: " + words[0]);
        }
        Stream<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name());
        List<String> values = new ArrayList<>((LOWER_CASE.equals(extension)
                ? names.map(name -> name.toLowerCase(Locale.ROOT)) : names).toList());
        values.addAll(Arrays.asList(words).subList(1, words.length));
        return values;
    }

    /** Lists the declared values on each property of the schema that declares them. */
    static void list(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiValues::declare);
        }
    }

    /**
     * Lists the values a schema (a property or a parameter's) declares: on the value itself, on a list's items or on
     * a map's values; the declaration is taken out of the document.
     */
    static void declare(Schema schema) {
        Map<String, Object> extensions = schema.getExtensions();
        if (extensions == null) {
            return;
        }
        for (String extension : List.of(LOWER_CASE, NAMES, SCOPES)) {
            if (extensions.containsKey(extension)) {
                Map<String, Object> rest = new LinkedHashMap<>(extensions);
                rest.remove(extension);
                schema.setExtensions(rest.isEmpty() ? null : rest);
                enumerate(schema, of(extension, String.valueOf(extensions.get(extension))));
                return;
            }
        }
    }

    private static void enumerate(Schema property, List<String> values) {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(new ArrayList<>(values));
        if (property.getType() == Schema.SchemaType.ARRAY) {
            property.setItems(text);
        } else if (property.getType() == Schema.SchemaType.OBJECT) {
            property.setAdditionalPropertiesSchema(text.nullable(true));
        } else {
            property.type(Schema.SchemaType.STRING).setEnumeration(new ArrayList<>(values));
        }
    }
}
