package org.iecmhc.lms.completion;

/** The kinds of record that add up to a trainee's completion of the Consultant Training Program. */
public enum CreditKind {
    /** Minutes of reflective supervision attended; the cohort asks for hours. */
    SUPERVISION_MINUTES,
    /** Community of Practice meetings attended. */
    COP_MEETINGS,
    /** Minutes of practicum logged with a provider; the cohort asks for hours. */
    PRACTICUM_MINUTES,
    /** Courses of the cohort passed; the cohort asks for all of them. */
    COURSES_PASSED,
    /** The faculty's final competency evaluation of the trainee, submitted (amount 1). */
    FINAL_EVALUATION
}
