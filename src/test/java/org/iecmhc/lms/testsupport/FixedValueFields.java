package org.iecmhc.lms.testsupport;

import java.util.Set;

/**
 * The names the API gives to text fields whose values come from a fixed set, whichever record they are in (a list of
 * records named so, such as a session's attendance, is not one): the tests require each such field to list its
 * values, declared from its enum ({@code ApiAreasTest}) and shown in the OpenAPI document ({@code ApiIT}).
 */
public final class FixedValueFields {

    public static final Set<String> NAMES = Set.of("status", "kind", "language", "languages", "roles", "scopes",
            "modality", "level", "activity", "attendance", "callerRole", "grading", "recommendation", "raceEthnicity",
            "invitation", "mail");

    /** The Java types of a text field, a list of texts and a map to texts. */
    public static final Set<String> TEXT_TYPES = Set.of("java.lang.String", "java.util.List<java.lang.String>",
            "java.util.Map<java.lang.String, java.lang.String>");

    private FixedValueFields() {
    }
}
