package org.iecmhc.lms.cohort;

import org.iecmhc.lms.platform.text.TypedText;

/** What a person answers on the profile form; null means not answered, DECLINED means "decline to state". */
public record ProfileAnswers(RaceEthnicity raceEthnicity, LanguageBackground language, String countyFips,
                             String agency, String discipline) {

    void check() {
        TypedText.requireFits(agency, CohortLimits.AGENCY, CohortRejected::new, "agency", "profile.text.tooLong");
        TypedText.requireFits(discipline, CohortLimits.DISCIPLINE, CohortRejected::new, "discipline",
                "profile.text.tooLong");
    }
}
