package org.iecmhc.lms.platform.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every property of the document's schemas an example, so that an integrator sees a plausible answer without
 * calling: a record's own {@code @Schema(example)} wins; otherwise the example follows from the declared enumeration,
 * format and type, and for text from the property's name (the API names its fields the same way everywhere:
 * {@code email}, {@code county}, {@code ...Id}). Objects and lists are built from their parts, so a list of sessions
 * shows a session.
 */
final class SchemaExamples {

    /** An object's parts are followed this deep: a cohort's course's module, not further. */
    private static final int DEPTH = 3;
    /** The API's maps (attendance, a rubric's levels) are keyed by a record's id, and those without declared values map to one. */
    private static final String MAP_KEY = "17";
    private static final String PACIFIC_WALL_CLOCK = "California (Pacific) wall-clock time, ISO-8601 without offset";

    private static final Map<String, String> TEXT_BY_NAME = Map.ofEntries(
            Map.entry("email", "ana.garcia@example.org"),
            Map.entry("contactEmail", "director@sunshinecc.example.org"),
            Map.entry("firstName", "Ana"),
            Map.entry("lastName", "García"),
            Map.entry("name", "Ana García"),
            Map.entry("traineeName", "Ana García"),
            Map.entry("trainee", "Ana García"),
            Map.entry("contactName", "María López"),
            Map.entry("mentorName", "María López"),
            Map.entry("facultyName", "David Chen"),
            Map.entry("facilitator", "David Chen"),
            Map.entry("supervisor", "David Chen"),
            Map.entry("consultant", "David Chen"),
            Map.entry("author", "David Chen"),
            Map.entry("cohort", "2025-2026 Cohort"),
            Map.entry("series", "Reflective practice circle"),
            Map.entry("county", "06001"),
            Map.entry("countyFips", "06001"),
            Map.entry("city", "Oakland"),
            Map.entry("provider", "Sunshine Child Care Center"),
            Map.entry("agency", "First 5 Alameda County"),
            Map.entry("discipline", "Licensed Marriage and Family Therapist"),
            Map.entry("licenseNumber", "013456789"),
            Map.entry("contactPhone", "+1 510 555 0142"),
            Map.entry("mentorContact", "maria.lopez@example.org"),
            Map.entry("title", "Supporting children's social-emotional development"),
            Map.entry("assignment", "Observation reflection"),
            Map.entry("topic", "Challenging behaviors in the classroom"),
            Map.entry("description", "How consultants support teachers' reflective practice."),
            Map.entry("code", "CTP-7Q4K-M2XD"),
            Map.entry("certificateCode", "CTP-7Q4K-M2XD"),
            Map.entry("callerKey", "c-5f2a91"),
            Map.entry("referrals", "Family resource center; local child care resource and referral agency"),
            Map.entry("token", "lms_9b1f2c7e4d8a3b6f0e5c1d2a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6"),
            Map.entry("url", "https://example.org/materials/reflective-supervision.pdf"),
            Map.entry("link", "/cohort/cohort.xhtml?id=42"),
            Map.entry("text", "Your submission was graded."),
            Map.entry("feedback", "Clear observations; connect them to the child's perspective next time."),
            Map.entry("narrative", "Builds trusting relationships with teachers and families."),
            Map.entry("note", "Observed circle time and planned next steps with the teacher."),
            Map.entry("reviewComment", "Please add the activity's length."),
            Map.entry("actionPlan", "Co-create a visual schedule with the lead teacher by October."),
            Map.entry("domainEn", "Reflective practice"),
            Map.entry("domainEs", "Práctica reflexiva"),
            Map.entry("textEn", "The course was worthwhile."),
            Map.entry("textEs", "El curso valió la pena."),
            Map.entry("comment", "The case discussions helped the most."));

    private static final Map<String, String> DATE_TIME_BY_NAME = Map.of(
            "startsAt", "2025-10-02T09:00", "receivedAt", "2025-10-02T14:25", "dueAt", "2025-10-16T23:59");

    private final Map<String, Schema> components;

    private SchemaExamples(Map<String, Schema> components) {
        this.components = components;
    }

    /** Fills the examples of every component schema's properties, noting Pacific time on wall-clock ones. */
    static void complete(Map<String, Schema> components) {
        SchemaExamples examples = new SchemaExamples(components);
        components.values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((name, property) -> {
                if (property.getRef() != null) {
                    return;
                }
                if (DATE_TIME_BY_NAME.containsKey(name) && property.getFormat() == null && property.getDescription() == null) {
                    property.setDescription(PACIFIC_WALL_CLOCK);
                }
                if (property.getExample() == null) {
                    property.setExample(examples.of(name, property, 0));
                }
            });
        });
    }

    /** The example of a value of this name and schema; null only for an object too deep to show. */
    Object of(String name, Schema schema, int depth) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            return target == null ? null : of(name, target, depth);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        Schema.SchemaType type = schema.getType() == null ? Schema.SchemaType.OBJECT : schema.getType();
        return switch (type) {
            case ARRAY -> schema.getItems() == null ? List.of() : listOf(of(singular(name), schema.getItems(), depth + 1));
            case OBJECT -> objectOf(schema, depth);
            case INTEGER -> wholeNumber(name);
            case NUMBER -> name.toLowerCase(Locale.ROOT).contains("percent") ? new BigDecimal("87.5") : new BigDecimal("12.5");
            case BOOLEAN -> Boolean.TRUE;
            case STRING -> text(name, schema.getFormat());
        };
    }

    private static List<Object> listOf(Object element) {
        return element == null ? List.of() : List.of(element);
    }

    private Object objectOf(Schema schema, int depth) {
        if (depth > DEPTH) {
            return null;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.getProperties().forEach((name, property) -> example.put(name, of(name, property, depth + 1)));
        } else if (schema.getAdditionalPropertiesSchema() != null) {
            example.put(MAP_KEY, of("value", schema.getAdditionalPropertiesSchema(), depth + 1));
        } else {
            example.put(MAP_KEY, wholeNumber("id"));
        }
        return example;
    }

    private static Object wholeNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("id") || name.endsWith("Id") || name.endsWith("Ids")) {
            return 42;
        }
        if (lower.contains("minutes")) {
            return 90;
        }
        if (lower.contains("percent")) {
            return 75;
        }
        if (lower.equals("page") || lower.equals("position") || lower.equals("number")) {
            return 1;
        }
        return 12;
    }

    private static String text(String name, String format) {
        if ("date".equals(format)) {
            return "2025-09-15";
        }
        if ("date-time".equals(format)) {
            return "2025-09-15T17:30:00Z";
        }
        if ("uri".equals(format)) {
            return "https://example.org/";
        }
        String known = TEXT_BY_NAME.getOrDefault(name, DATE_TIME_BY_NAME.get(name));
        return known != null ? known : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
