package org.iecmhc.lms.cohort;

import java.time.LocalDate;

import org.iecmhc.lms.platform.text.TypedText;

/** What an administrator types to describe a cohort, on the form or in the API. */
public record CohortDetails(String name, LocalDate startDate, LocalDate endDate, InstructionLanguage language,
                            Integer capacity) {

    static final int MAX_CAPACITY = 5000;

    /** Throws at the first field that is not acceptable, in the order of the form. */
    void check() {
        if (name == null || name.isBlank()) {
            throw new CohortRejected("name", "cohort.name.required");
        }
        TypedText.requireFits(name, CohortLimits.NAME, CohortRejected::new, "name", "cohort.name.tooLong");
        if (TypedText.hasControlCharacters(name, false)) {
            throw new CohortRejected("name", "text.control");
        }
        if (startDate == null) {
            throw new CohortRejected("startDate", "cohort.startDate.required");
        }
        if (endDate == null) {
            throw new CohortRejected("endDate", "cohort.endDate.required");
        }
        if (!endDate.isAfter(startDate)) {
            throw new CohortRejected("endDate", "cohort.endDate.beforeStart");
        }
        if (language == null) {
            throw new CohortRejected("language", "cohort.language.required");
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw new CohortRejected("capacity", "cohort.capacity.range");
        }
    }
}
