package org.iecmhc.lms.cohort;

/** Self-reported race/ethnicity, with the codes the roster import and the reports use. */
public enum RaceEthnicity {
    NATIVE_AMERICAN_ALASKAN, AFRICAN_AMERICAN, ASIAN, HISPANIC_LATINO, MIXED_HERITAGE, PACIFIC_ISLANDER, CAUCASIAN,
    OTHER, DECLINED;

    public String messageKey() {
        return "demographics.race." + name();
    }
}
