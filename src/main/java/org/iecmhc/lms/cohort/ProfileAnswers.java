package org.iecmhc.lms.cohort;

/** What a person answers on the profile form; null means not answered, DECLINED means "decline to state". */
public record ProfileAnswers(RaceEthnicity raceEthnicity, LanguageBackground language, String countyFips,
                             String agency, String discipline) {

    static final int MAX_TEXT_LENGTH = 200;

    void check() {
        if (agency != null && agency.trim().length() > MAX_TEXT_LENGTH) {
            throw new CohortRejected("agency", "profile.text.tooLong");
        }
        if (discipline != null && discipline.trim().length() > MAX_TEXT_LENGTH) {
            throw new CohortRejected("discipline", "profile.text.tooLong");
        }
    }
}
